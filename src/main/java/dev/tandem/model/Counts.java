package dev.tandem.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Segments, words and characters by status, and the measure they are billed by. */
public record Counts(Measure measure, Tally segments, Tally words, Tally characters) {

    public static final Counts EMPTY = new Counts(Measure.WORDS, Tally.EMPTY, Tally.EMPTY, Tally.EMPTY);

    /** The tally of the billing measure: words, or characters for scripts without spaces. */
    public Tally primary() {
        return measure == Measure.WORDS ? words : characters;
    }

    /** The share done at {@code status}, in percent of the billing measure. */
    public double percent(Status status) {
        return primary().percent(status);
    }

    public boolean below(double percent, Status status) {
        return primary().below(percent, status);
    }

    /** Sums counts; the measure stays the common one, or words when counts of both kinds are mixed. */
    public static Counts sum(List<Counts> all) {
        if (all.isEmpty()) {
            return EMPTY;
        }
        Measure measure = all.stream().allMatch(c -> c.measure == Measure.CHARACTERS) ? Measure.CHARACTERS : Measure.WORDS;
        Tally segments = Tally.EMPTY;
        Tally words = Tally.EMPTY;
        Tally characters = Tally.EMPTY;
        for (Counts counts : all) {
            segments = segments.plus(counts.segments);
            words = words.plus(counts.words);
            characters = characters.plus(counts.characters);
        }
        return new Counts(measure, segments, words, characters);
    }

    /** Adds the JSON fields of these counts to {@code json}. */
    void putJson(Map<String, Object> json) {
        json.put("unit", measure.label());
        json.put("segments", segments.toJson());
        json.put("words", words.toJson());
        json.put("characters", characters.toJson());
        Map<String, Object> percent = new LinkedHashMap<>();
        percent.put("words", percents(words));
        percent.put("segments", percents(segments));
        percent.put("characters", percents(characters));
        percent.put("primary", percents(primary()));
        json.put("percent", percent);
    }

    private static Map<String, Object> percents(Tally tally) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("translated", tally.percent(Status.TRANSLATED));
        json.put("reviewed", tally.percent(Status.REVIEWED));
        json.put("final", tally.percent(Status.FINAL));
        return json;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        putJson(json);
        return json;
    }
}
