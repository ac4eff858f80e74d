package dev.tandem.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An amount of source (segments, words or characters) split by the status of the units it belongs
 * to. Units whose source changed since they were translated are counted apart, in
 * {@code sourceChanged}, not under their status: they need review before they count as done. So
 * are targets the aligner placed that nobody reviewed yet, in {@code aligned}.
 */
public record Tally(long initial, long translated, long reviewed, long finalized, long sourceChanged, long aligned) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0);

    /** A tally without aligned, unreviewed units. */
    public Tally(long initial, long translated, long reviewed, long finalized, long sourceChanged) {
        this(initial, translated, reviewed, finalized, sourceChanged, 0);
    }

    public long total() {
        return initial + translated + reviewed + finalized + sourceChanged + aligned;
    }

    /** The amount whose status is at least {@code status} and whose source did not change. */
    public long atLeast(Status status) {
        return switch (status) {
            case INITIAL -> total();
            case TRANSLATED -> translated + reviewed + finalized;
            case REVIEWED -> reviewed + finalized;
            case FINAL -> finalized;
        };
    }

    /** True when the share at {@code status} is below {@code percent}; nothing to translate is never below. */
    public boolean below(double percent, Status status) {
        return total() > 0 && atLeast(status) * 100.0 < percent * total();
    }

    /**
     * The share at {@code status} in percent, rounded down to one decimal so that 100.0 is shown
     * only when everything is done. An empty document is 100 % done: nothing is left.
     */
    public double percent(Status status) {
        if (total() == 0) {
            return 100.0;
        }
        return Math.floor(atLeast(status) * 1000.0 / total()) / 10.0;
    }

    public Tally plus(Tally other) {
        return new Tally(initial + other.initial, translated + other.translated, reviewed + other.reviewed,
                finalized + other.finalized, sourceChanged + other.sourceChanged, aligned + other.aligned);
    }

    /**
     * This tally with {@code amount} more counted at {@code status}, or as source-changed when
     * {@code changed}, or as aligned when {@code alignedUnreviewed}.
     */
    public Tally add(Status status, boolean changed, boolean alignedUnreviewed, long amount) {
        if (changed) {
            return new Tally(initial, translated, reviewed, finalized, sourceChanged + amount, aligned);
        }
        if (alignedUnreviewed) {
            return new Tally(initial, translated, reviewed, finalized, sourceChanged, aligned + amount);
        }
        return switch (status) {
            case INITIAL -> new Tally(initial + amount, translated, reviewed, finalized, sourceChanged, aligned);
            case TRANSLATED -> new Tally(initial, translated + amount, reviewed, finalized, sourceChanged, aligned);
            case REVIEWED -> new Tally(initial, translated, reviewed + amount, finalized, sourceChanged, aligned);
            case FINAL -> new Tally(initial, translated, reviewed, finalized + amount, sourceChanged, aligned);
        };
    }

    /** The JSON shape: the XLIFF status names as keys ({@code final} cannot be a Java name). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("initial", initial);
        json.put("translated", translated);
        json.put("reviewed", reviewed);
        json.put("final", finalized);
        json.put("sourceChanged", sourceChanged);
        json.put("aligned", aligned);
        json.put("total", total());
        return json;
    }
}
