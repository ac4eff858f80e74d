package dev.tandem.segment;

import java.util.Map;
import java.util.Set;

/**
 * What the built-in rules know about one language: its abbreviations by how they behave before a
 * capital letter, the words that typically open a sentence, month names, the words that put an
 * ordinal number ("am 3. Oktober") before a noun, and a few switches.
 *
 * @param name the language subtag, or {@code root}
 * @param abbreviations lower-cased abbreviation (without its final dot) to its kind
 * @param starters words that open sentences, as written ("The", "Der")
 * @param months month names and their abbreviations, as written
 * @param ordinalContext lower-cased words after which "3." is an ordinal
 * @param options switches such as {@code first-person-i}, {@code ordinal-dots}, {@code semicolon-question}
 */
record LanguageProfile(
        String name,
        Map<String, AbbreviationKind> abbreviations,
        Set<String> starters,
        Set<String> months,
        Set<String> ordinalContext,
        Set<String> options) {

    /** How an abbreviation behaves when the next word starts with a capital. */
    enum AbbreviationKind {
        /** Titles and Latin short forms: "Dr. Smith", "e.g. Paris" never end a sentence. */
        TITLE,
        /** "No. 5", "Fig. 3", "Sept. 12": never before a number, otherwise ambiguous. */
        BEFORE_NUMBER,
        /** "Co.", "U.S.", "etc.": ends the sentence only when a sentence-opening word follows. */
        AMBIGUOUS
    }

    LanguageProfile {
        abbreviations = Map.copyOf(abbreviations);
        starters = Set.copyOf(starters);
        months = Set.copyOf(months);
        ordinalContext = Set.copyOf(ordinalContext);
        options = Set.copyOf(options);
    }

    boolean has(String option) {
        return options.contains(option);
    }
}
