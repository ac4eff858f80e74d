package dev.tandem.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's translated units of one language pair, for the checks that compare a unit with the
 * others: the same source translated differently, one target used for different sources, and the
 * usual length of a translation in this pair.
 */
public final class TranslationCorpus {

    /** One translated unit of the store. */
    public record Entry(String document, String unitId, String source, String target) {
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> bySource = new HashMap<>();
    private final Map<String, List<Entry>> byTarget = new HashMap<>();
    private final LengthModel length;

    public TranslationCorpus(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : this.entries) {
            if (!entry.target().isBlank()) {
                bySource.computeIfAbsent(normalized(entry.source()), key -> new ArrayList<>()).add(entry);
                byTarget.computeIfAbsent(normalized(entry.target()), key -> new ArrayList<>()).add(entry);
            }
        }
        this.length = LengthModel.calibrate(this.entries);
    }

    public static TranslationCorpus empty() {
        return new TranslationCorpus(List.of());
    }

    public int size() {
        return entries.size();
    }

    /** Other translated units with the same source (spacing aside). */
    public List<Entry> sameSource(CheckedUnit unit) {
        return others(bySource.getOrDefault(normalized(unit.source()), List.of()), unit);
    }

    /** Other translated units with the same target (spacing aside). */
    public List<Entry> sameTarget(CheckedUnit unit) {
        return others(byTarget.getOrDefault(normalized(unit.target()), List.of()), unit);
    }

    public LengthModel length() {
        return length;
    }

    private static List<Entry> others(List<Entry> entries, CheckedUnit unit) {
        return entries.stream().filter(entry -> !(entry.unitId().equals(unit.unitId())
                && java.util.Objects.equals(entry.document(), unit.document()))).toList();
    }

    static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
