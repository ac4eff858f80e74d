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
 *
 * <p>A re-import usually changes a few sentences of a long article, so the unchanged start and end
 * are carried over first and the longest-common-subsequence table covers only the changed middle.
 */
final class UnitReconciler {

    /** Above this many table cells (a source rewritten throughout), the middle is paired in order. */
    private static final long MAX_TABLE_CELLS = 4_000_000;

    Translation reconcile(Document before, Document after, Translation translation) {
        Map<String, String> oldText = before.segmentTexts();
        List<Unit> units = translation.units();
        List<String> keys = units.stream().map(unit -> unit.sourceText(oldText::get)).toList();
        List<Segment> segments = after.segments();

        List<Unit> head = new ArrayList<>();
        int u = 0;
        int s = 0;
        while (u < units.size() && matchesAt(keys.get(u), segments, s, span(units, u))) {
            int end = s + span(units, u);
            head.add(carried(units.get(u), segments.subList(s, end)));
            s = end;
            u++;
        }
        List<Unit> tail = new ArrayList<>();
        int uEnd = units.size();
        int sEnd = segments.size();
        while (uEnd > u && sEnd - span(units, uEnd - 1) >= s
                && matchesAt(keys.get(uEnd - 1), segments, sEnd - span(units, uEnd - 1), span(units, uEnd - 1))) {
            int start = sEnd - span(units, uEnd - 1);
            tail.add(0, carried(units.get(uEnd - 1), segments.subList(start, sEnd)));
            uEnd--;
            sEnd = start;
        }
        List<Unit> result = new ArrayList<>(head);
        result.addAll(middle(units.subList(u, uEnd), keys.subList(u, uEnd), segments.subList(s, sEnd)));
        result.addAll(tail);
        return new Translation(translation.document(), translation.language(), result);
    }

    private static List<Unit> middle(List<Unit> units, List<String> keys, List<Segment> segments) {
        boolean small = (long) (units.size() + 1) * (segments.size() + 1) <= MAX_TABLE_CELLS;
        int[][] common = small ? commonSuffixLengths(units, keys, segments) : null;
        List<Unit> result = new ArrayList<>();
        int u = 0;
        int s = 0;
        while (s < segments.size()) {
            boolean oldLeft = u < units.size();
            if (oldLeft && small && matchesAt(keys.get(u), segments, s, span(units, u))) {
                result.add(carried(units.get(u), segments.subList(s, s + span(units, u))));
                s += span(units, u);
                u++;
            } else if (oldLeft && (!small || common[u + 1][s + 1] == common[u][s])) {
                // Both sides changed here: the old unit's translation goes to the new sentence.
                result.add(carried(units.get(u), List.of(segments.get(s))));
                u++;
                s++;
            } else if (oldLeft && common[u + 1][s] >= common[u][s + 1]) {
                u++; // the old sentence was deleted
            } else {
                Segment inserted = segments.get(s);
                result.add(Unit.initial(inserted.id(), List.of(inserted.id())));
                s++;
            }
        }
        return result;
    }

    /** LCS table over (units, segments) where a unit matches the segments its text equals. */
    private static int[][] commonSuffixLengths(List<Unit> units, List<String> keys, List<Segment> segments) {
        int[][] table = new int[units.size() + 1][segments.size() + 1];
        for (int u = units.size() - 1; u >= 0; u--) {
            int span = span(units, u);
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

    private static int span(List<Unit> units, int index) {
        return units.get(index).sources().size();
    }

    /** Whether the segments from {@code start} joined by spaces are the unit's text, without building strings. */
    private static boolean matchesAt(String unitText, List<Segment> segments, int start, int span) {
        if (start + span > segments.size()) {
            return false;
        }
        int offset = 0;
        for (int i = start; i < start + span; i++) {
            String text = segments.get(i).text();
            if (i > start) {
                if (offset >= unitText.length() || unitText.charAt(offset) != ' ') {
                    return false;
                }
                offset++;
            }
            if (!unitText.startsWith(text, offset)) {
                return false;
            }
            offset += text.length();
        }
        return offset == unitText.length();
    }

    private static Unit carried(Unit unit, List<Segment> newSources) {
        List<String> ids = newSources.stream().map(Segment::id).toList();
        return new Unit(ids.get(0), ids, unit.target(), unit.status(), unit.rev(), unit.updated(), unit.by(),
                unit.sourceHash(), unit.note(), unit.subState());
    }
}
