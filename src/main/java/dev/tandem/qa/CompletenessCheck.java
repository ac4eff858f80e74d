package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.Status;
import dev.tandem.model.TextSpan;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Untranslated units, units confirmed with an empty target, and targets that merely copy the
 * source. A copy is fine when the source is a number, a name or code (nothing but figures and
 * signs, a single word, capitalised words only, a URL or identifier).
 */
final class CompletenessCheck implements UnitCheck {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern CODE_LIKE = Pattern.compile("\\S*[_/\\\\@#{}<>=$]\\S*|\\S+\\.\\S+|\\S*\\p{Ll}\\p{Lu}\\S*");

    @Override
    public String name() {
        return "completeness";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (unit.source().isBlank()) {
            return List.of();
        }
        TextSpan all = new TextSpan(0, unit.source().length());
        if (!unit.translated()) {
            if (unit.status().atLeast(Status.TRANSLATED)) {
                return List.of(Finding.error("empty-confirmed", "The unit is confirmed but its translation is empty.", List.of(all), List.of()));
            }
            return List.of(Finding.warning("untranslated", "Not translated yet.", List.of(all), List.of()));
        }
        if (unit.target().strip().equals(unit.source().strip()) && needsTranslation(unit.source())) {
            return List.of(Finding.warning("identical", "The translation is the same as the source: was it left untranslated?",
                    List.of(all), List.of(new TextSpan(0, unit.target().length()))));
        }
        return List.of();
    }

    /** Running text of two or more words, not all capitalised, that is not code. */
    static boolean needsTranslation(String source) {
        String prose = CODE_LIKE.matcher(source).replaceAll(" ");
        var words = WORD.matcher(prose).results().map(match -> match.group()).toList();
        if (words.size() < 2) {
            return false;
        }
        return !words.stream().allMatch(word -> Character.isUpperCase(word.codePointAt(0)));
    }
}
