package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * Spelling and grammar of the target with LanguageTool, run in-process (as OmegaT does). A
 * language's rules and dictionaries load on its first check (seconds; then milliseconds per
 * unit). Style, typography, punctuation and whitespace rules are left out: they are other
 * checks' business or a matter of taste; so are the matches LanguageTool itself calls hints, and,
 * per language, rules that state a preference rather than an error ({@link #PREFERENCE_RULES}).
 * A "misspelt" word is not reported when it is not a word of the language's dictionary for a
 * reason: it also stands in the source (a name, a code), it is part of a link, address or code
 * token, a glossary translation expected in this unit, a number-bearing token, or a capitalised
 * word inside the sentence (a name: Lhotsé, Arun).
 */
public final class LanguageToolCheck implements UnitCheck {

    /** The languages whose LanguageTool modules ship in Tandem. */
    public static final Set<String> LANGUAGES = Set.of("fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "en");

    /**
     * Categories left out, matched on LanguageTool's category ids, which each language names its
     * own way (TYPOGRAPHY in English, CAT_TYPOGRAPHIE in French).
     */
    private static final Pattern SKIPPED_CATEGORIES = Pattern.compile(
            "(?i).*(TYPOGRAPH|STYLE|PUNCT|CASING|REDUNDANC|MISC|WHITESPACE|REPETITION|COLLOQUIAL|REGIONAL|PLAIN_ENGLISH"
            + "|WIKIPEDIA|GENDER|SEMANTICS|TEXT_ANALYSIS|CREATIVE|PROPER_NOUNS|NONSTANDARD).*");
    private static final Set<String> SKIPPED_ISSUE_TYPES = Set.of("whitespace", "typographical", "style", "duplication",
            "register", "locale-violation");
    /**
     * Rules that state a usage preference, by language: French PLACE_ADJ wants "longs fichiers" for
     * "fichiers longs", which is correct French (adjective position is a choice of emphasis).
     */
    static final Map<String, Set<String>> PREFERENCE_RULES = Map.of("fr", Set.of("PLACE_ADJ"));
    private static final Pattern SUGGESTION = Pattern.compile("</?suggestion>");
    private static final int SUGGESTIONS_SHOWN = 3;

    private final Map<String, Optional<Checker>> checkers = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "language-tool";
    }

    /** True when spelling and grammar can be checked in this language. */
    public static boolean supports(LanguageTag language) {
        return LANGUAGES.contains(language.language());
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated() || !supports(unit.targetLanguage())) {
            return List.of();
        }
        Optional<Checker> checker = checkers.computeIfAbsent(variant(unit.targetLanguage()), LanguageToolCheck::load);
        if (checker.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<TextSpan> notWords = null;
        List<String> glossaryTranslations = null;
        Set<String> preferences = PREFERENCE_RULES.getOrDefault(unit.targetLanguage().language(), Set.of());
        for (RuleMatch match : checker.get().check(unit.target())) {
            String category = match.getRule().getCategory().getId().toString();
            String issueType = match.getRule().getLocQualityIssueType().toString();
            if (SKIPPED_CATEGORIES.matcher(category).matches() || SKIPPED_ISSUE_TYPES.contains(issueType)
                    || match.getType() == RuleMatch.Type.Hint || preferences.contains(match.getRule().getId())) {
                continue;
            }
            String word = unit.target().substring(match.getFromPos(), match.getToPos());
            TextSpan span = new TextSpan(match.getFromPos(), match.getToPos());
            if (match.getRule().isDictionaryBasedSpellingRule()) {
                if (notWords == null) {
                    notWords = SpellingExemptions.spans(unit);
                    glossaryTranslations = context.glossary().evidence(unit).expected().stream()
                            .flatMap(term -> term.translations().stream()).toList();
                }
                if (containsWord(unit.source(), word) || SpellingExemptions.exempt(unit.target(), span, notWords, glossaryTranslations)) {
                    continue;
                }
                findings.add(Finding.warning("spelling", "Possible spelling mistake: \"" + word + "\"" + suggestions(match) + ".",
                        List.of(), List.of(span)));
            } else {
                String message = SUGGESTION.matcher(match.getMessage()).replaceAll("\"");
                findings.add(Finding.warning("grammar", message + suggestions(match), List.of(), List.of(span)));
            }
        }
        return findings;
    }

    /** Loads the language's rules now rather than on the first unit (for a server that wants no first-check pause). */
    public void preload(LanguageTag language) {
        if (supports(language)) {
            checkers.computeIfAbsent(variant(language), LanguageToolCheck::load);
        }
    }

    /** True once the language's rules are loaded, so a check costs milliseconds. */
    public boolean loaded(LanguageTag language) {
        return checkers.containsKey(variant(language));
    }

    /** The text's words as LanguageTool tags them in context (loading the language if needed); empty when it cannot. */
    Optional<List<AnalyzedSentence>> analyze(String text, LanguageTag language) {
        if (!supports(language)) {
            return Optional.empty();
        }
        return checkers.computeIfAbsent(variant(language), LanguageToolCheck::load).map(checker -> checker.analyze(text));
    }

    static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(word) + "(?![\\p{L}\\p{M}])").matcher(text).find();
    }

    private static String suggestions(RuleMatch match) {
        List<String> suggested = match.getSuggestedReplacements();
        if (suggested.isEmpty()) {
            return "";
        }
        List<String> shown = suggested.subList(0, Math.min(SUGGESTIONS_SHOWN, suggested.size()));
        return " (did you mean " + String.join(", ", shown.stream().map(s -> "\"" + s + "\"").toList()) + "?)";
    }

    /** Spelling needs a country variant: English as en-US unless said otherwise, German as de-DE, Portuguese as pt-PT. */
    private static String variant(LanguageTag language) {
        String country = language.locale().getCountry();
        String base = language.language();
        if (!country.isEmpty() && (base.equals("en") || base.equals("de") || base.equals("pt"))) {
            return base + "-" + country.toUpperCase(Locale.ROOT);
        }
        return base;
    }

    private static Optional<Checker> load(String code) {
        Language language;
        try {
            language = Languages.getLanguageForShortCode(code);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (language.getDefaultLanguageVariant() != null && code.indexOf('-') < 0) {
            language = language.getDefaultLanguageVariant();
        }
        return Optional.of(new Checker(new JLanguageTool(language)));
    }

    /** One language's LanguageTool; it is not thread-safe, so checks of one language take turns. */
    private static final class Checker {
        private final JLanguageTool tool;

        Checker(JLanguageTool tool) {
            this.tool = tool;
        }

        synchronized List<AnalyzedSentence> analyze(String text) {
            try {
                return tool.analyzeText(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized List<RuleMatch> check(String text) {
            try {
                return tool.check(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
