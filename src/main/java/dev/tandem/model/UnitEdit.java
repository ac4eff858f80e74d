package dev.tandem.model;

import java.util.List;
import java.util.Objects;

/**
 * A translator's change to one unit. {@code baseRev} is the revision the edit started from; a null
 * status or note leaves it as it is. {@code codes} are the inline codes placed in the new target.
 */
public record UnitEdit(String unitId, long baseRev, String target, Status status, String by, String note,
                       List<InlineCode> codes) {
    public UnitEdit {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(target, "target");
        try {
            codes = new CodedText(target, codes).codes();
        } catch (IllegalArgumentException e) {
            throw TandemException.badInput("the target's inline codes do not fit its text: " + e.getMessage());
        }
    }

    /** An edit of a target without inline codes. */
    public UnitEdit(String unitId, long baseRev, String target, Status status, String by, String note) {
        this(unitId, baseRev, target, status, by, note, List.of());
    }

    public CodedText codedTarget() {
        return new CodedText(target, codes);
    }
}
