package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import java.util.List;

/** Units to check in tests, and the findings a check gives for them, as "check: message" lines. */
final class Checked {

    private Checked() {
    }

    static CheckedUnit unit(String from, String to, String source, String target) {
        return new CheckedUnit("doc", "u1", source, target, Status.TRANSLATED, LanguageTag.of(from), LanguageTag.of(to));
    }

    static List<String> findings(UnitCheck check, String from, String to, String source, String target) {
        return check.check(unit(from, to, source, target), CheckContext.alone()).stream().map(Finding::key).toList();
    }

    static List<String> names(UnitCheck check, String from, String to, String source, String target) {
        return check.check(unit(from, to, source, target), CheckContext.alone()).stream().map(Finding::check).toList();
    }
}
