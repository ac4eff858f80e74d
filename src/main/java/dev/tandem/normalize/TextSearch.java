package dev.tandem.normalize;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.text.SearchIterator;
import com.ibm.icu.text.StringSearch;
import com.ibm.icu.util.ULocale;
import dev.tandem.model.CodedText;
import dev.tandem.model.SearchOptions;
import dev.tandem.model.TandemException;
import dev.tandem.model.TextSpan;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds a translator's query in text the way a translator means it. By default the comparison is
 * ICU collation at primary strength with punctuation and spaces "shifted" (UTS #10 variable
 * weighting): case and accents do not count ({@code coree} finds "Corée"), nor do the kind of
 * apostrophe ({@code d'année} finds "d’année") or how many spaces there are. Options ask for case
 * to count (collation case level), for whole words only (ICU word boundaries), or for a Java
 * regular expression on the text as it is. Matches are offsets into the original text.
 */
public final class TextSearch {

    private final String query;
    private final SearchOptions options;
    private final ULocale locale;
    private final Pattern pattern;

    /**
     * @param language the text's language (BCP 47), for its collation and word boundaries
     * @throws TandemException for an empty query or a regular expression that does not compile
     */
    public TextSearch(String query, SearchOptions options, String language) {
        if (query == null || query.isBlank()) {
            throw TandemException.badInput("the search needs text (q)");
        }
        this.query = query;
        this.options = options;
        this.locale = ULocale.forLanguageTag(language == null ? "und" : language);
        this.pattern = options.regex() ? compile(query, options) : null;
    }

    private static Pattern compile(String query, SearchOptions options) {
        int flags = Pattern.UNICODE_CHARACTER_CLASS | (options.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try {
            return Pattern.compile(options.wholeWord() ? "\\b(?:" + query + ")\\b" : query, flags);
        } catch (PatternSyntaxException e) {
            throw TandemException.badInput("not a regular expression: " + e.getDescription() + " in " + query);
        }
    }

    /** Whether the query is a regular expression (so a replacement may use $1, $2, …). */
    public boolean regex() {
        return pattern != null;
    }

    /** The matches in {@code text}, left to right, not overlapping. */
    public List<TextSpan> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return pattern != null ? findPattern(text) : findCollated(text);
    }

    /** {@code text} with every match replaced: literally, or with a regular expression's groups. */
    public String replace(String text, String replacement) {
        return replace(CodedText.plain(text), replacement).text();
    }

    /**
     * The same in a text with inline codes: a code outside the matches keeps its place among the
     * words around it; one inside a match goes to the end of what replaces it, so a pair around
     * replaced words still encloses them.
     */
    public CodedText replace(CodedText coded, String replacement) {
        String text = coded.text();
        StringBuilder out = new StringBuilder();
        int[] moved = new int[text.length() + 1];
        int from = 0;
        for (Replaced match : replacements(text, replacement)) {
            for (int i = from; i <= match.start(); i++) {
                moved[i] = out.length() + i - from;
            }
            out.append(text, from, match.start()).append(match.text());
            for (int i = match.start() + 1; i <= match.end(); i++) {
                moved[i] = out.length();
            }
            from = match.end();
        }
        for (int i = from; i <= text.length(); i++) {
            moved[i] = out.length() + i - from;
        }
        out.append(text, from, text.length());
        return new CodedText(out.toString(), coded.codes().stream().map(code -> code.at(moved[code.at()])).toList());
    }

    private record Replaced(int start, int end, String text) {
    }

    /** Each match and what replaces it; a regular expression's groups are filled in as Matcher.replaceAll does. */
    private List<Replaced> replacements(String text, String replacement) {
        List<Replaced> replaced = new ArrayList<>();
        if (pattern == null) {
            findCollated(text).forEach(match -> replaced.add(new Replaced(match.start(), match.end(), replacement)));
            return replaced;
        }
        Matcher matcher = pattern.matcher(text);
        StringBuilder scratch = new StringBuilder();
        try {
            while (matcher.find()) {
                scratch.setLength(0);
                matcher.appendReplacement(scratch, replacement);
                // appendReplacement writes the text since the last match, then the replacement
                int before = matcher.start() - (replaced.isEmpty() ? 0 : replaced.get(replaced.size() - 1).end());
                replaced.add(new Replaced(matcher.start(), matcher.end(), scratch.substring(before)));
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw TandemException.badInput("the replacement does not fit the expression: " + e.getMessage());
        }
        return replaced;
    }

    private List<TextSpan> findPattern(String text) {
        List<TextSpan> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                found.add(new TextSpan(matcher.start(), matcher.end()));
            }
        }
        return found;
    }

    private Collator caseAware() {
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        collator.setAlternateHandlingShifted(true);
        collator.setCaseLevel(true);
        return collator;
    }

    private List<TextSpan> findCollated(String text) {
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        collator.setAlternateHandlingShifted(true);
        StringSearch search = new StringSearch(query, new StringCharacterIterator(text), collator);
        if (options.wholeWord()) {
            search.setBreakIterator(BreakIterator.getWordInstance(locale));
        }
        // StringSearch compares at the collator's strength only; case then decides among its matches.
        Collator caseAware = options.matchCase() ? caseAware() : null;
        List<TextSpan> found = new ArrayList<>();
        for (int at = search.first(); at != SearchIterator.DONE; at = search.next()) {
            TextSpan match = new TextSpan(at, at + search.getMatchLength());
            if (caseAware == null || caseAware.compare(match.of(text), query) == 0) {
                found.add(match);
            }
        }
        return found;
    }
}
