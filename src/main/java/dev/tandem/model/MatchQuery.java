package dev.tandem.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to look up: a source sentence with its neighbours, the language pair, the lowest score worth
 * showing and how many matches at most. Entries named in {@code exclude} (the unit itself) are skipped.
 * {@code sourceCodes} are the inline codes of the sentence: a match's codes are carried over onto them.
 */
public record MatchQuery(String source, String previous, String next, String sourceLanguage, String targetLanguage,
                         int minimum, int limit, Set<String> exclude, List<InlineCode> sourceCodes) {

    public static final int DEFAULT_MINIMUM = 50;
    public static final int DEFAULT_LIMIT = 5;

    public MatchQuery {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
        sourceCodes = new CodedText(source, sourceCodes).codes();
        if (minimum < 1 || minimum > 101) {
            throw new IllegalArgumentException("minimum score out of 1..101: " + minimum);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    /** A sentence without inline codes. */
    public MatchQuery(String source, String previous, String next, String sourceLanguage, String targetLanguage,
                      int minimum, int limit, Set<String> exclude) {
        this(source, previous, next, sourceLanguage, targetLanguage, minimum, limit, exclude, List.of());
    }

    public static MatchQuery of(String source, String sourceLanguage, String targetLanguage) {
        return new MatchQuery(source, null, null, sourceLanguage, targetLanguage, DEFAULT_MINIMUM, DEFAULT_LIMIT, Set.of());
    }

    public MatchQuery withContext(String before, String after) {
        return new MatchQuery(source, before, after, sourceLanguage, targetLanguage, minimum, limit, exclude, sourceCodes);
    }

    public MatchQuery withMinimum(int lowest) {
        return new MatchQuery(source, previous, next, sourceLanguage, targetLanguage, lowest, limit, exclude, sourceCodes);
    }

    public MatchQuery withLimit(int most) {
        return new MatchQuery(source, previous, next, sourceLanguage, targetLanguage, minimum, most, exclude, sourceCodes);
    }

    public MatchQuery excluding(Set<String> keys) {
        return new MatchQuery(source, previous, next, sourceLanguage, targetLanguage, minimum, limit, keys, sourceCodes);
    }

    /** The same sentence with its inline codes. */
    public MatchQuery withCodes(List<InlineCode> codes) {
        return new MatchQuery(source, previous, next, sourceLanguage, targetLanguage, minimum, limit, exclude, codes);
    }

    public CodedText codedSource() {
        return new CodedText(source, sourceCodes);
    }
}
