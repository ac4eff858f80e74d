package dev.tandem.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Segmentation rules in the shape of an SRX 2.0 file: named sets of break and no-break rules, and a
 * map from language patterns to those sets. With {@code cascade}, every set whose pattern matches
 * the language applies, in map order; without it, only the first.
 *
 * @param cascade SRX header {@code cascade="yes"}
 * @param languageRules the {@code <languagerule>} elements, in file order
 * @param languageMaps the {@code <languagemap>} elements, in file order
 */
public record SegmentationRules(boolean cascade, List<LanguageRules> languageRules, List<LanguageMap> languageMaps) {

    /**
     * One SRX {@code <rule>}: the text before a position matches {@code beforeBreak} (ending there)
     * and the text after matches {@code afterBreak} (starting there); then the position is a break
     * or, with {@code isBreak} false, certainly not one. Patterns are Java regular expressions.
     */
    public record BreakRule(boolean isBreak, String beforeBreak, String afterBreak) {
        public BreakRule {
            beforeBreak = beforeBreak == null ? "" : beforeBreak;
            afterBreak = afterBreak == null ? "" : afterBreak;
        }
    }

    /** An SRX {@code <languagerule languagerulename="…">}. */
    public record LanguageRules(String name, List<BreakRule> rules) {
        public LanguageRules {
            Objects.requireNonNull(name, "name");
            rules = List.copyOf(rules);
        }
    }

    /** An SRX {@code <languagemap languagepattern="…" languagerulename="…">}. */
    public record LanguageMap(String languagePattern, String languageRulesName) {
        public LanguageMap {
            Objects.requireNonNull(languagePattern, "languagePattern");
            Objects.requireNonNull(languageRulesName, "languageRulesName");
        }
    }

    public SegmentationRules {
        languageRules = List.copyOf(languageRules);
        languageMaps = List.copyOf(languageMaps);
    }

    /** No rules of our own: the built-in rules decide alone. */
    public static SegmentationRules none() {
        return new SegmentationRules(true, List.of(), List.of());
    }

    public boolean isEmpty() {
        return languageMaps.isEmpty();
    }

    /**
     * The rules that apply to a language, in the order SRX evaluates them. Language patterns match
     * the BCP 47 tag ignoring case, with "-" or "_" between subtags, as OmegaT's and Okapi's do.
     */
    public List<BreakRule> rulesFor(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.strip();
        List<BreakRule> rules = new ArrayList<>();
        for (LanguageMap map : languageMaps) {
            Pattern pattern = Pattern.compile(map.languagePattern(), Pattern.CASE_INSENSITIVE);
            if (pattern.matcher(tag).matches() || pattern.matcher(tag.replace('-', '_')).matches()
                    || pattern.matcher(tag.toLowerCase(Locale.ROOT)).matches()) {
                languageRules.stream()
                        .filter(set -> set.name().equals(map.languageRulesName()))
                        .forEach(set -> rules.addAll(set.rules()));
                if (!cascade) {
                    break;
                }
            }
        }
        return List.copyOf(rules);
    }
}
