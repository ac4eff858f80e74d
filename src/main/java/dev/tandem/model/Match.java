package dev.tandem.model;

import java.util.List;
import java.util.Set;

/**
 * A memory entry found for a sentence: its score as translators read it (101 a context match, 100
 * an exact one, 99 an exact one but for case, punctuation or numbers, below that OmegaT's fuzzy
 * score, penalties taken off), what differs, the word differences of the sources, the numbers that
 * differ and whether the target language's region differs from the one asked for. {@code insertion} is
 * what inserting the match puts in: the entry's target with its codes carried over onto the current
 * sentence's codes ({@link CodeCarryOver}).
 */
public record Match(int score, Kind kind, Set<Difference> differences, MemoryEntry entry, List<DiffPart> diff,
                    NumberDifference numbers, boolean regionDiffers, CodedText insertion) {

    public static final int CONTEXT_SCORE = 101;
    public static final int EXACT_SCORE = 100;

    public enum Kind { CONTEXT, EXACT, FUZZY }

    /**
     * What keeps an otherwise identical sentence from being an exact match; {@code CODES}: its inline
     * codes (links, emphasis, breaks) are not the current sentence's, in kind or place.
     */
    public enum Difference { CASE, PUNCTUATION, NUMBERS, CODES }

    public Match {
        differences = Set.copyOf(differences);
        diff = List.copyOf(diff);
        insertion = insertion == null ? entry.codedTarget() : insertion;
    }
}
