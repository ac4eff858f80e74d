package dev.tandem.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Merging a unit with the next (two source sentences translated as one) and splitting it again.
 * Neither loses a translation: a merge joins both targets; a split keeps the merged target on the
 * first unit, because a machine cannot know which words belong to which sentence.
 */
final class UnitJoiner {

    private UnitJoiner() {
    }

    static Unit merge(Document document, LanguageTag language, Unit first, Unit next, String by, Instant now) {
        int lastBlock = block(document, first.sources().get(first.sources().size() - 1));
        if (lastBlock != block(document, next.sources().get(0))) {
            throw TandemException.badInput("only sentences of the same paragraph can be merged");
        }
        List<String> sources = new ArrayList<>(first.sources());
        sources.addAll(next.sources());
        CodedText firstSource = document.sourceCoded(first);
        CodedText wholeSource = document.sourceCoded(Unit.initial(first.id(), sources));
        // The merged source numbers its codes afresh: each target's codes take the new numbers.
        CodedText target = first.codedTarget().withCodesRenamed(CodedText.namesIn(firstSource, wholeSource, 0))
                .joinedWith(language.sentenceSeparator(), next.codedTarget().withCodesRenamed(
                        CodedText.namesIn(document.sourceCoded(next), wholeSource, firstSource.codes().size())));
        Status status = target.text().isBlank() ? Status.INITIAL
                : first.status().atLeast(next.status()) ? next.status() : first.status();
        Unit merged = new Unit(first.id(), sources, target.text(), status, Math.max(first.rev(), next.rev()) + 1, now, by,
                null, join(nullToEmpty(first.note()), nullToEmpty(next.note()), "\n"), null, target.codes());
        return target.text().isBlank() ? merged : merged.withSourceHash(SourceHash.of(document.sourceText(merged)));
    }

    /**
     * One unit per source segment; the first keeps the target, status and note, and the target's
     * codes of the first sentence (the others' codes stay in the history, to be placed again).
     */
    static List<Unit> split(Document document, Unit unit, String by, Instant now) {
        if (unit.sources().size() < 2) {
            throw TandemException.badInput("unit " + unit.id() + " holds one sentence; there is nothing to split");
        }
        long rev = unit.rev() + 1;
        List<Unit> units = new ArrayList<>();
        String firstId = unit.sources().get(0);
        Unit shape = Unit.initial(firstId, List.of(firstId));
        CodedText target = unit.codedTarget().withCodesRenamed(
                CodedText.namesIn(document.sourceCoded(unit), document.sourceCoded(shape), 0));
        Unit first = new Unit(firstId, List.of(firstId), target.text(), unit.status(), rev, now, by, null, unit.note(), null, target.codes());
        units.add(unit.hasTarget() ? first.withSourceHash(SourceHash.of(document.sourceText(first))) : first);
        for (String segmentId : unit.sources().subList(1, unit.sources().size())) {
            units.add(new Unit(segmentId, List.of(segmentId), "", Status.INITIAL, rev, now, by, null, null));
        }
        return units;
    }

    private static int block(Document document, String segmentId) {
        return document.segment(segmentId).map(segment -> segment.block()).orElse(-1);
    }

    private static String join(String a, String b, String separator) {
        if (a.isBlank()) {
            return b.isBlank() ? "" : b;
        }
        return b.isBlank() ? a : a.stripTrailing() + separator + b.stripLeading();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
