package dev.tandem.store;

import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a change did to a translation's units, found by comparing before and after. */
final class UnitChanges {

    private UnitChanges() {
    }

    /**
     * The units a change saved in place (the same ids over the same sentences at the same places,
     * each at a higher revision): what a journal line can carry. Null when the change restructured
     * the translation, lowered a revision or saved more than {@code max} units.
     */
    static Saves saves(Translation before, Translation after, int max) {
        List<Unit> old = before.units();
        List<Unit> now = after.units();
        if (old.size() != now.size()) {
            return null;
        }
        List<Unit> saved = new ArrayList<>();
        List<Unit> replaced = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            Unit a = old.get(i);
            Unit b = now.get(i);
            if (a == b || a.equals(b)) {
                continue;
            }
            if (!a.id().equals(b.id()) || !a.sources().equals(b.sources()) || b.rev() <= a.rev() || saved.size() == max) {
                return null;
            }
            saved.add(b);
            if (a.hasTarget() && !a.target().equals(b.target())) {
                replaced.add(a);
            }
        }
        return new Saves(saved, replaced);
    }

    /** Units saved in place, and those of them whose earlier target goes to the history. */
    record Saves(List<Unit> saved, List<Unit> replaced) {
    }

    /** Units whose target the change replaced or removed, as they were: what the history keeps. */
    static List<Unit> replacedTargets(Translation before, Translation after) {
        List<Unit> replaced = new ArrayList<>();
        Map<String, String> targetsAfter = new HashMap<>();
        after.units().forEach(unit -> targetsAfter.put(unit.id(), unit.target()));
        for (Unit unit : before.units()) {
            if (unit.hasTarget() && !unit.target().equals(targetsAfter.get(unit.id()))) {
                replaced.add(unit);
            }
        }
        return replaced;
    }
}
