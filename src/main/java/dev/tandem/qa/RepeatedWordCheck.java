package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word written twice in a row ("the the"), unless the source repeats it too or the language
 * repeats it by grammar (French "nous nous", German "die die", English "that that").
 */
final class RepeatedWordCheck implements UnitCheck {

    private static final Pattern REPEATED = Pattern.compile("(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+)\\s+(\\1)(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Set<String>> GRAMMATICAL = Map.of(
            "fr", Set.of("nous", "vous"),
            "de", Set.of("die", "der", "das", "sie"),
            "en", Set.of("that", "had"),
            "nl", Set.of("die", "dat"),
            "es", Set.of("que"),
            "pt", Set.of("que"));

    @Override
    public String name() {
        return "repeated-word";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        // "very very" may well become "очень очень": a source that repeats itself allows the target to.
        if (!unit.translated() || REPEATED.matcher(unit.source()).find()) {
            return List.of();
        }
        Locale locale = unit.targetLanguage().locale();
        Set<String> allowed = GRAMMATICAL.getOrDefault(unit.targetLanguage().language(), Set.of());
        List<Finding> findings = new ArrayList<>();
        Matcher repeated = REPEATED.matcher(unit.target());
        while (repeated.find()) {
            String word = repeated.group(1).toLowerCase(locale);
            if (allowed.contains(word)) {
                continue;
            }
            findings.add(Finding.warning("repeated-word", "The word \"" + repeated.group(2) + "\" is repeated.",
                    List.of(), List.of(new TextSpan(repeated.start(2), repeated.end(2)))));
        }
        return findings;
    }
}
