package dev.tandem.exchange;

import dev.tandem.model.Document;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One unit as every writer sees it: its source text resolved, its "source changed" flag computed,
 * and whether its target was placed by the aligner and not reviewed yet.
 */
record BilingualUnit(String id, List<String> segmentIds, int block, String source, String target, Status status,
                     long rev, Instant updated, String by, String note, boolean sourceChanged, boolean aligned) {

    static List<BilingualUnit> of(Document document, Translation translation) {
        Map<String, String> texts = document.segmentTexts();
        Map<String, Integer> blocks = new HashMap<>();
        document.segments().forEach(segment -> blocks.put(segment.id(), segment.block()));
        return translation.units().stream().map(unit -> of(unit, texts, blocks)).toList();
    }

    private static BilingualUnit of(Unit unit, Map<String, String> texts, Map<String, Integer> blocks) {
        String source = unit.sourceText(texts::get);
        int block = blocks.getOrDefault(unit.sources().get(0), -1);
        return new BilingualUnit(unit.id(), unit.sources(), block, source, unit.target(), unit.status(), unit.rev(),
                unit.updated(), unit.by(), unit.note(), unit.sourceChanged(texts::get), unit.alignedUnreviewed());
    }

    boolean hasTarget() {
        return !target.isBlank();
    }

    boolean hasNote() {
        return note != null && !note.isBlank();
    }
}
