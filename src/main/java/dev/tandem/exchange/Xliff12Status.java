package dev.tandem.exchange;

import dev.tandem.model.Status;

/** The mapping between Tandem statuses and XLIFF 1.2 {@code target/@state} (XLIFF 1.2 §2.6.5, state values). */
final class Xliff12Status {

    static final String NEEDS_REVIEW = "needs-review-translation";
    /** A target the aligner placed, not reviewed (a user-defined state-qualifier, XLIFF 1.2 §2.6.5: "x-" prefix). */
    static final String ALIGNED = "x-tandem-aligned";

    private Xliff12Status() {
    }

    static String stateOf(BilingualUnit unit) {
        if (unit.sourceChanged()) {
            return NEEDS_REVIEW;
        }
        return switch (unit.status()) {
            case INITIAL -> "new";
            case TRANSLATED -> "translated";
            case REVIEWED -> "signed-off";
            case FINAL -> "final";
        };
    }

    /** A state read back; unknown or missing states count as translated when there is a target. */
    static Status statusOf(String state, boolean approved) {
        if (state == null || state.isBlank()) {
            return approved ? Status.REVIEWED : null;
        }
        return switch (state) {
            case "new", "needs-translation", "needs-adaptation", "needs-l10n" -> Status.INITIAL;
            case "signed-off" -> Status.REVIEWED;
            case "final" -> Status.FINAL;
            default -> approved ? Status.REVIEWED : Status.TRANSLATED;
        };
    }
}
