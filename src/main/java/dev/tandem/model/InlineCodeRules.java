package dev.tandem.model;

import java.util.List;

/**
 * What a saved target may do with the source's inline codes. A code the source does not have, or
 * one used twice, is refused on every save; a paired code left open, or a code that may not be
 * deleted left out, only when the target is confirmed (a draft may be unfinished).
 */
final class InlineCodeRules {

    private InlineCodeRules() {
    }

    static void check(CodedText source, CodedText target, Status status) {
        if (!target.hasCodes() && (status == Status.INITIAL || !source.hasCodes())) {
            return;
        }
        List<String> problems = target.problemsAgainst(source);
        List<String> refused = status.ordinal() >= Status.TRANSLATED.ordinal() ? problems
                : problems.stream().filter(problem -> !problem.endsWith("not closed") && !problem.endsWith("not be deleted")).toList();
        if (!refused.isEmpty()) {
            throw TandemException.badInput("the target's inline codes do not fit its source: " + String.join("; ", refused));
        }
    }
}
