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
        putJson(json, true);
    }

    /**
     * The JSON of counts over no translation at all: every share is 0 %, since nobody started
     * (an empty document is 100 % done; a store with no target language is not).
     */
    public Map<String, Object> toJsonOfNothingStarted() {
        Map<String, Object> json = new LinkedHashMap<>();
        putJson(json, false);
        return json;
    }

    private void putJson(Map<String, Object> json, boolean started) {
        json.put("unit", measure.label());
        json.put("segments", segments.toJson());
        json.put("words", words.toJson());
        json.put("characters", characters.toJson());
        Map<String, Object> percent = new LinkedHashMap<>();
        percent.put("words", percents(words, started));
        percent.put("segments", percents(segments, started));
        percent.put("characters", percents(characters, started));
        percent.put("primary", percents(primary(), started));
        json.put("percent", percent);
    }

    private static Map<String, Object> percents(Tally tally, boolean started) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("translated", started ? tally.percent(Status.TRANSLATED) : 0.0);
        json.put("reviewed", started ? tally.percent(Status.REVIEWED) : 0.0);
        json.put("final", started ? tally.percent(Status.FINAL) : 0.0);
        return json;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        putJson(json);
        return json;
    }
}
