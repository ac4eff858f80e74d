package dev.tandem.store;

import dev.tandem.model.Document;
import dev.tandem.model.Segment;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Carries a translation over to a re-imported source. Sentences that did not change keep their
 * units (target, status, revision). Where sentences changed, the old units are matched to the new
 * sentences in order and keep their targets; their stored source hash then no longer matches, which
 * marks them "source changed". Only new sentences with no counterpart start untranslated.
 */
final class UnitReconciler {

    Translation reconcile(Document before, Document after, Translation translation) {
        Map<String, String> oldText = before.segmentTexts();
        List<Unit> oldUnits = translation.units();
        List<String> oldKeys = oldUnits.stream().map(unit -> unit.sourceText(oldText::get)).toList();
        List<Segment> segments = after.segments();

        int[][] common = commonSuffixLengths(oldUnits, oldKeys, segments);
        List<Unit> result = new ArrayList<>();
        int u = 0;
        int s = 0;
        while (s < segments.size()) {
            int span = u < oldUnits.size() ? oldUnits.get(u).sources().size() : 1;
            if (u < oldUnits.size() && matchesAt(oldKeys.get(u), segments, s, span)) {
                result.add(carried(oldUnits.get(u), segments.subList(s, s + span)));
                u++;
                s += span;
            } else if (u < oldUnits.size() && common[u + 1][s + 1] == common[u][s]) {
                // Both sides changed here: the old unit's translation goes to the new sentence.
                result.add(carried(oldUnits.get(u), List.of(segments.get(s))));
                u++;
                s++;
            } else if (u < oldUnits.size() && common[u + 1][s] >= common[u][s + 1]) {
                u++; // the old sentence was deleted
            } else {
                Segment inserted = segments.get(s);
                result.add(Unit.initial(inserted.id(), List.of(inserted.id())));
                s++;
            }
        }
        return new Translation(translation.document(), translation.language(), result);
    }

    /** LCS table over (units, segments) where a unit matches the segments its text equals. */
    private static int[][] commonSuffixLengths(List<Unit> units, List<String> keys, List<Segment> segments) {
        int[][] table = new int[units.size() + 1][segments.size() + 1];
        for (int u = units.size() - 1; u >= 0; u--) {
            int span = units.get(u).sources().size();
            for (int s = segments.size() - 1; s >= 0; s--) {
                int best = Math.max(table[u + 1][s], table[u][s + 1]);
                if (matchesAt(keys.get(u), segments, s, span)) {
                    best = Math.max(best, table[u + 1][s + span] + 1);
                }
                table[u][s] = best;
            }
        }
        return table;
    }

    private static boolean matchesAt(String unitText, List<Segment> segments, int start, int span) {
        if (start + span > segments.size()) {
            return false;
        }
        return unitText.equals(joined(segments.subList(start, start + span)));
    }

    private static Unit carried(Unit unit, List<Segment> newSources) {
        List<String> ids = newSources.stream().map(Segment::id).toList();
        return new Unit(ids.get(0), ids, unit.target(), unit.status(), unit.rev(), unit.updated(), unit.by(),
                unit.sourceHash(), unit.note());
    }

    private static String joined(List<Segment> segments) {
        StringBuilder joined = new StringBuilder();
        for (Segment segment : segments) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(segment.text());
        }
        return joined.toString();
    }
}
