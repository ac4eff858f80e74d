package dev.tandem.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The store's translated units of one language pair, for the checks that compare a unit with the
 * others: the same source translated differently, one target used for different sources, and the
 * usual length of a translation in this pair. Kept current one unit at a time ({@link #put},
 * {@link #remove}, {@link #removeDocument}) rather than rebuilt for every save; it is shared by
 * the checks of every request, so each method takes the corpus' lock.
 */
public final class TranslationCorpus {

    /** One translated unit of the store. */
    public record Entry(String document, String unitId, String source, String target) {
    }

    private record Key(String document, String unitId) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>();
    private final Map<String, List<Entry>> bySource = new HashMap<>();
    private final Map<String, List<Entry>> byTarget = new HashMap<>();
    private final LengthModel.Tally length = new LengthModel.Tally();

    public TranslationCorpus(List<Entry> entries) {
        entries.forEach(this::put);
    }

    public static TranslationCorpus empty() {
        return new TranslationCorpus(List.of());
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Adds a unit, or replaces what the corpus had for it; a unit without target is taken out. */
    public synchronized void put(Entry entry) {
        remove(entry.document(), entry.unitId());
        if (entry.target().isBlank()) {
            return;
        }
        entries.put(new Key(entry.document(), entry.unitId()), entry);
        bySource.computeIfAbsent(normalized(entry.source()), key -> new ArrayList<>()).add(entry);
        byTarget.computeIfAbsent(normalized(entry.target()), key -> new ArrayList<>()).add(entry);
        length.add(entry);
    }

    public synchronized void remove(String document, String unitId) {
        Entry old = entries.remove(new Key(document, unitId));
        if (old != null) {
            unindex(bySource, normalized(old.source()), old);
            unindex(byTarget, normalized(old.target()), old);
            length.remove(old);
        }
    }

    /** Takes out every unit of a document (re-imported, re-segmented, deleted, or its units merged). */
    public synchronized void removeDocument(String document) {
        List<Entry> gone = entries.values().stream().filter(entry -> entry.document().equals(document)).toList();
        gone.forEach(entry -> remove(entry.document(), entry.unitId()));
    }

    /** Other translated units with the same source (spacing aside). */
    public synchronized List<Entry> sameSource(CheckedUnit unit) {
        return others(bySource.getOrDefault(normalized(unit.source()), List.of()), unit);
    }

    /** Other translated units with the same target (spacing aside). */
    public synchronized List<Entry> sameTarget(CheckedUnit unit) {
        return others(byTarget.getOrDefault(normalized(unit.target()), List.of()), unit);
    }

    public synchronized LengthModel length() {
        return length.model();
    }

    private static void unindex(Map<String, List<Entry>> index, String key, Entry entry) {
        List<Entry> list = index.get(key);
        if (list != null) {
            list.remove(entry);
            if (list.isEmpty()) {
                index.remove(key);
            }
        }
    }

    private static List<Entry> others(List<Entry> entries, CheckedUnit unit) {
        return entries.stream().filter(entry -> !(entry.unitId().equals(unit.unitId())
                && Objects.equals(entry.document(), unit.document()))).toList();
    }

    static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
