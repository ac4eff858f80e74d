package dev.tandem.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Segments and words (or characters) per band; add to it unit by unit. Not thread-safe. */
public final class BandCounts {

    private final Map<MatchBand, long[]> counts = new EnumMap<>(MatchBand.class);

    public BandCounts() {
        for (MatchBand band : MatchBand.values()) {
            counts.put(band, new long[2]);
        }
    }

    public void add(MatchBand band, long words) {
        long[] slot = counts.get(band);
        slot[0]++;
        slot[1] += words;
    }

    public void addAll(BandCounts other) {
        other.counts.forEach((band, slot) -> {
            counts.get(band)[0] += slot[0];
            counts.get(band)[1] += slot[1];
        });
    }

    public long segments(MatchBand band) {
        return counts.get(band)[0];
    }

    public long words(MatchBand band) {
        return counts.get(band)[1];
    }

    public long totalWords() {
        return counts.values().stream().mapToLong(slot -> slot[1]).sum();
    }

    /** Band label to {@code {segments, words}}, in band order. */
    public Map<String, Map<String, Long>> toMap() {
        Map<String, Map<String, Long>> map = new LinkedHashMap<>();
        counts.forEach((band, slot) -> map.put(band.label(), Map.of("segments", slot[0], "words", slot[1])));
        return map;
    }
}
