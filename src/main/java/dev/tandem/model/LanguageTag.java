package dev.tandem.model;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A well-formed BCP 47 language tag such as {@code fr}, {@code ja} or {@code pt-BR}. */
public record LanguageTag(String tag) {

    private static final Set<String> WITHOUT_SENTENCE_SPACES = Set.of(
            "zh", "ja", "yue", "wuu", "hak", "nan", "gan", "hsn", "cmn", "lzh");
    private static final Set<String> WITHOUT_WORD_SPACES = Set.of("th", "lo", "km", "my", "bo", "dz");
    /** RFC 5646 §4.4.1 asks for at least 35 characters; a tag is also a file name, so not much more. */
    private static final int MAX_LENGTH = 64;

    public LanguageTag {
        Objects.requireNonNull(tag, "tag");
    }

    /**
     * Parses and canonicalizes a tag ({@code pt_br} and {@code PT-br} become {@code pt-BR}).
     *
     * @throws TandemException when the tag is not a BCP 47 language tag
     */
    public static LanguageTag of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw TandemException.badInput("a language is required (a BCP 47 tag such as fr, ja or pt-BR)");
        }
        String cleaned = raw.strip().replace('_', '-');
        if (cleaned.length() > MAX_LENGTH) {
            throw TandemException.badInput("a language tag has at most " + MAX_LENGTH + " characters");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(cleaned).build();
        } catch (IllformedLocaleException e) {
            throw TandemException.badInput("not a BCP 47 language tag: " + raw.strip());
        }
        if (locale.getLanguage().isEmpty() || locale.getLanguage().length() > 3) {
            throw TandemException.badInput("not a language tag: " + raw.strip());
        }
        String tag = locale.toLanguageTag();
        if (ReservedNames.isReserved(tag)) {
            throw TandemException.badInput("'" + tag + "' cannot be a language here: it is a reserved file name on Windows");
        }
        return new LanguageTag(tag);
    }

    /** The primary language subtag: {@code pt} for {@code pt-BR}. */
    public String language() {
        return Locale.forLanguageTag(tag).getLanguage();
    }

    /**
     * True for languages written without spaces between words (Chinese, Japanese, Thai, Lao,
     * Khmer, Burmese, Tibetan, Dzongkha): their word counts are a dictionary's guess, so GMX-V
     * counts them by characters.
     */
    public boolean writtenWithoutWordSpaces() {
        return WITHOUT_WORD_SPACES.contains(language()) || WITHOUT_SENTENCE_SPACES.contains(language());
    }

    /**
     * What goes between two sentences of running text: nothing in Chinese and Japanese, whose full
     * stops carry their own space; a space elsewhere (Thai, Lao and Khmer separate sentences with one).
     */
    public String sentenceSeparator() {
        return WITHOUT_SENTENCE_SPACES.contains(language()) ? "" : " ";
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    @Override
    public String toString() {
        return tag;
    }
}
