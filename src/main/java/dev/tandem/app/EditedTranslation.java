package dev.tandem.app;

import dev.tandem.model.Document;
import dev.tandem.model.MemoryEntry;
import dev.tandem.model.Segment;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the memory keeps of a translation being edited, so that a save costs the saved unit, not
 * the document: where each unit is, the hash of each unit's state and their combination (the
 * group's stamp, as {@link StoreEntries#stamp} computes it from scratch), and the document's
 * sentence texts. Built once, on the translation's first save since the memory opened; dropped
 * when its units are restructured or its document changes. Guarded by the memory's lock.
 */
final class EditedTranslation {

    private final Document document;
    private final Map<String, String> texts;
    private final Map<String, Segment> segments;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Long> hashes = new HashMap<>();
    private long combined;

    EditedTranslation(Document document, Translation translation) {
        this.document = document;
        this.texts = document.segmentTexts();
        this.segments = document.segmentsById();
        List<Unit> units = translation.units();
        for (int i = 0; i < units.size(); i++) {
            long hash = StoreEntries.unitHash(units.get(i));
            positions.put(units.get(i).id(), i);
            hashes.put(units.get(i).id(), hash);
            combined ^= hash;
        }
    }

    /** A saved unit's memory entry (empty: it does not belong in the memory) and the group's stamp after the save. */
    record Saved(Optional<MemoryEntry> entry, String stamp) {
    }

    /** Whether this still describes the translation: the same document, and the unit where it was. */
    boolean fits(Document current, Translation translation, String unitId) {
        Integer at = positions.get(unitId);
        return current.segments().size() == document.segments().size() && translation.units().size() == positions.size()
                && at != null && translation.units().get(at).id().equals(unitId);
    }

    Saved saved(Translation translation, String unitId) {
        int at = positions.get(unitId);
        long hash = StoreEntries.unitHash(translation.units().get(at));
        combined ^= hashes.put(unitId, hash) ^ hash;
        return new Saved(StoreEntries.entry(document, translation, texts, segments, at), StoreEntries.stamp(document, positions.size(), combined));
    }
}
