package dev.tandem.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All units of one document in one target language: {@code translations/<doc>/<lang>.json}.
 * The rules of a translator's changes (save, merge, split, restore) are pure functions here: each
 * returns the translation after the change and what it produced, and refuses a change based on a
 * revision that is no longer current.
 */
public record Translation(String document, String language, List<Unit> units) {
    public Translation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(language, "language");
        units = List.copyOf(units);
    }

    public Optional<Unit> unit(String unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }

    public Translation withUnits(List<Unit> newUnits) {
        return new Translation(document, language, newUnits);
    }

    /**
     * A translator's edit of one unit: the next revision, with the source hash of the text it was
     * written against; a null status or note leaves it as it is.
     *
     * @throws StaleSaveException when the edit was based on another revision than the current one
     */
    public Changed<Unit> save(Document source, UnitEdit edit, Instant now) {
        int index = require(edit.unitId());
        Unit unit = current(index, edit.baseRev());
        Status status = edit.status() == null ? unit.status() : edit.status();
        InlineCodeRules.check(source.sourceCoded(unit), edit.codedTarget(), status);
        Unit saved = unit.withTarget(edit.codedTarget())
                .withStatus(edit.status() == null ? unit.status() : edit.status())
                .withNote(edit.note() == null ? unit.note() : edit.note())
                .withSourceHash(SourceHash.of(source.sourceText(unit)))
                .withSubState(null) // a person's edit: no longer the aligner's unreviewed guess
                .changedBy(edit.by(), now);
        return new Changed<>(replaced(index, 1, List.of(saved)), saved);
    }

    /**
     * Merges a unit with the one after it: both sentences of one paragraph, both targets joined.
     *
     * @throws StaleSaveException when either unit changed since the translator saw it
     */
    public Changed<Unit> merge(Document source, UnitMerge merge, Instant now) {
        int index = require(merge.unitId());
        if (index + 1 >= units.size()) {
            throw TandemException.badInput("unit " + merge.unitId() + " is the last one; there is nothing to merge it with");
        }
        Unit first = current(index, merge.baseRev());
        Unit next = units.get(index + 1);
        if (next.rev() != merge.nextRev()) {
            throw new StaleSaveException(next, merge.nextRev());
        }
        Unit merged = UnitJoiner.merge(source, LanguageTag.of(language), first, next, merge.by(), now);
        return new Changed<>(replaced(index, 2, List.of(merged)), merged);
    }

    /** Splits a merged unit into one unit per sentence; the merged target stays on the first. */
    public Changed<List<Unit>> split(Document source, UnitSplit split, Instant now) {
        int index = require(split.unitId());
        List<Unit> parts = UnitJoiner.split(source, current(index, split.baseRev()), split.by(), now);
        return new Changed<>(replaced(index, 1, parts), parts);
    }

    /** Saves the target a unit had at an earlier revision, found in its history, as its current one. */
    public Changed<Unit> restore(Document source, UnitRestore restore, List<HistoryEntry> history, Instant now) {
        HistoryEntry entry = history.stream()
                .filter(candidate -> candidate.rev() == restore.historyRev())
                .reduce((a, b) -> b)
                .orElseThrow(() -> TandemException.notFound("unit " + restore.unitId() + " has no revision "
                        + restore.historyRev() + " in its history"));
        return save(source, restore.edit(entry), now);
    }

    private int require(String unitId) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id().equals(unitId)) {
                return i;
            }
        }
        throw TandemException.notFound("no unit " + unitId + " in " + document);
    }

    private Unit current(int index, long baseRev) {
        Unit unit = units.get(index);
        if (unit.rev() != baseRev) {
            throw new StaleSaveException(unit, baseRev);
        }
        return unit;
    }

    private Translation replaced(int index, int count, List<Unit> replacement) {
        Unit[] changed = new Unit[units.size() - count + replacement.size()];
        for (int i = 0; i < index; i++) {
            changed[i] = units.get(i);
        }
        for (int i = 0; i < replacement.size(); i++) {
            changed[index + i] = replacement.get(i);
        }
        for (int i = index + count; i < units.size(); i++) {
            changed[i - count + replacement.size()] = units.get(i);
        }
        return withUnits(Arrays.asList(changed));
    }
}
