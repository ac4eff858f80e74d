package dev.tandem.segment;

import dev.tandem.model.SegmentationRules.BreakRule;
import dev.tandem.model.SegmentationRules.LanguageMap;
import dev.tandem.model.SegmentationRules.LanguageRules;
import dev.tandem.model.SegmentationRules;
import dev.tandem.segment.LanguageProfile.AbbreviationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the built-in rules as SRX rules, so the effective rules can be shown to a translator and
 * handed to OmegaT or Okapi. SRX can only approximate the built-in rules (they look at ICU's breaks
 * and at word lists with context), so this is a description, not a second implementation.
 */
final class BuiltInSrx {

    private static final String CLOSERS = "['\"’”)\\]»」』）】》]*";
    private static final String TERMINATOR = "[.?!…。！？؟।]+" + CLOSERS;
    /** The Greek question mark: U+037E, which NFC turns into an ASCII semicolon; only Greek ends a sentence there. */
    private static final String GREEK_QUESTION = ";+" + CLOSERS;

    private BuiltInSrx() {
    }

    static SegmentationRules effective(SegmentationRules custom, LanguageProfiles profiles) {
        List<LanguageRules> sets = new ArrayList<>(custom.languageRules());
        List<LanguageMap> maps = new ArrayList<>(custom.languageMaps());
        for (String language : new TreeSet<>(LanguageProfiles.BUILT_IN)) {
            String name = "Tandem " + language;
            sets.add(new LanguageRules(name, languageRules(language, profiles.forLanguage(language))));
            maps.add(new LanguageMap(language + "([-_].*)?", name));
        }
        sets.add(new LanguageRules("Tandem default", defaultRules(profiles.forLanguage(""))));
        maps.add(new LanguageMap(".*", "Tandem default"));
        return new SegmentationRules(true, sets, maps);
    }

    /**
     * The rules without the sets that only describe the built-in rules, as {@link #effective} writes
     * them and unchanged: reading our own SRX back then adds nothing to what is built in, so a file
     * written by Tandem segments exactly as Tandem does. A set a translator edited stays a custom set.
     */
    static SegmentationRules withoutBuiltInDescriptions(SegmentationRules rules, LanguageProfiles profiles) {
        if (rules.languageRules().isEmpty()) {
            return rules; // the usual case; describing every language's rules to compare costs a tenth of a second
        }
        Set<LanguageRules> described = Set.copyOf(effective(SegmentationRules.none(), profiles).languageRules());
        Set<String> unchanged = rules.languageRules().stream().filter(described::contains)
                .map(LanguageRules::name).collect(Collectors.toSet());
        if (unchanged.isEmpty()) {
            return rules;
        }
        return new SegmentationRules(rules.cascade(),
                rules.languageRules().stream().filter(set -> !unchanged.contains(set.name())).toList(),
                rules.languageMaps().stream().filter(map -> !unchanged.contains(map.languageRulesName())).toList());
    }

    private static List<BreakRule> languageRules(String language, LanguageProfile profile) {
        List<BreakRule> rules = new ArrayList<>(noBreakRules(profile));
        if (language.equals("el")) {
            rules.add(new BreakRule(true, GREEK_QUESTION, "\\s"));
        }
        return rules;
    }

    private static List<BreakRule> defaultRules(LanguageProfile root) {
        List<BreakRule> rules = new ArrayList<>(noBreakRules(root));
        rules.add(new BreakRule(false, "\\b\\p{Lu}\\.", "\\s"));
        rules.add(new BreakRule(false, "\\d\\.", "\\s+\\p{Ll}"));
        rules.add(new BreakRule(true, TERMINATOR, "\\s"));
        rules.add(new BreakRule(true, "[。！？]+[」』）】》]*", ""));
        return rules;
    }

    private static List<BreakRule> noBreakRules(LanguageProfile profile) {
        List<BreakRule> rules = new ArrayList<>();
        String titles = alternation(profile, AbbreviationKind.TITLE);
        if (!titles.isEmpty()) {
            rules.add(new BreakRule(false, "\\b(?i:" + titles + ")\\.", "\\s"));
        }
        String beforeNumber = alternation(profile, AbbreviationKind.BEFORE_NUMBER);
        if (!beforeNumber.isEmpty()) {
            rules.add(new BreakRule(false, "\\b(?i:" + beforeNumber + ")\\.", "\\s*\\d"));
        }
        String ambiguous = alternation(profile, AbbreviationKind.AMBIGUOUS);
        if (!ambiguous.isEmpty() && !profile.starters().isEmpty()) {
            String starters = profile.starters().stream().sorted().map(BuiltInSrx::escape).collect(Collectors.joining("|"));
            rules.add(new BreakRule(false, "\\b(?i:" + ambiguous + ")\\.", "\\s+(?!(?:" + starters + ")\\b)"));
        }
        return rules;
    }

    private static String alternation(LanguageProfile profile, AbbreviationKind kind) {
        return profile.abbreviations().entrySet().stream()
                .filter(entry -> entry.getValue() == kind)
                .map(Map.Entry::getKey)
                .sorted()
                .map(BuiltInSrx::escape)
                .collect(Collectors.joining("|"));
    }

    /** Backslash escapes rather than \Q…\E, which ICU-based SRX engines do not all read. */
    private static String escape(String word) {
        StringBuilder escaped = new StringBuilder(word.length() + 4);
        for (char c : word.toCharArray()) {
            if (".[]{}()\\*+?^$|-".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
