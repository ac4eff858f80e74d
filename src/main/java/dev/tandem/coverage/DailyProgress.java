package dev.tandem.coverage;

import dev.tandem.model.Measure;
import dev.tandem.model.Progress;
import dev.tandem.model.ProgressDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words (or characters) translated per day, from the end-of-day snapshots: a day's gain is its
 * translated amount minus the previous snapshot's. Days without a snapshot gained nothing. A gain
 * can be negative (a changed source, or a translation cleared).
 */
public record DailyProgress(LocalDate day, long translated, long gained) {

    /** One entry per day from the first snapshot to the last, in {@code measure}. */
    public static List<DailyProgress> of(Progress progress, Measure measure) {
        List<DailyProgress> series = new ArrayList<>();
        long previous = 0;
        LocalDate expected = null;
        for (ProgressDay snapshot : progress.days()) {
            for (LocalDate gap = expected; gap != null && gap.isBefore(snapshot.day()); gap = gap.plusDays(1)) {
                series.add(new DailyProgress(gap, previous, 0));
            }
            long translated = measure == Measure.WORDS ? snapshot.translatedWords() : snapshot.translatedCharacters();
            series.add(new DailyProgress(snapshot.day(), translated, translated - previous));
            previous = translated;
            expected = snapshot.day().plusDays(1);
        }
        return series;
    }

    /** The documented JSON shape of a progress series. */
    public static Map<String, Object> toJson(Progress progress, Measure measure) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("document", progress.document());
        json.put("language", progress.language());
        json.put("unit", measure.label());
        json.put("days", of(progress, measure).stream().map(day -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("day", day.day().toString());
            entry.put("translated", day.translated());
            entry.put("gained", day.gained());
            return entry;
        }).toList());
        return json;
    }
}
