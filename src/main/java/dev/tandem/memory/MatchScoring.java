package dev.tandem.memory;

import dev.tandem.model.CodeCarryOver;
import dev.tandem.model.MatchQuery;
import dev.tandem.model.MemoryEntry;
import dev.tandem.model.Match;
import dev.tandem.model.NumberDifference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns OmegaT's fuzzy score of two sentences into the score a translator reads: 100 only when the
 * sentences are the same token for token, 99 when only case, punctuation, numbers or inline codes
 * differ (their words score 100), 101 when an exact match also has the same sentences before and after it; then
 * the reference memory's penalty and a region difference are taken off.
 */
final class MatchScoring {

    private MatchScoring() {
    }

    static Match score(MatchQuery query, TokenizedText current, MemoryEntry entry, TokenizedText memory, int fuzzy) {
        Set<Match.Difference> differences = EnumSet.noneOf(Match.Difference.class);
        if (fuzzy == Match.EXACT_SCORE) {
            differences.addAll(differences(memory.all(), current.all()));
            if (!CodeCarryOver.sameCodes(entry.codedSource(), query.codedSource())) {
                differences.add(Match.Difference.CODES);
            }
        }
        int score = fuzzy;
        if (fuzzy == Match.EXACT_SCORE && !differences.isEmpty()) {
            score = Match.EXACT_SCORE - 1;
        } else if (fuzzy == Match.EXACT_SCORE && !entry.origin().unverified() && sameContext(query, entry)) {
            score = Match.CONTEXT_SCORE;
        }
        score -= entry.origin().penalty() + LanguagePair.regionPenalty(query.targetLanguage(), entry.targetLanguage());
        score = Math.max(0, score);
        Match.Kind kind = score >= Match.CONTEXT_SCORE ? Match.Kind.CONTEXT
                : score == Match.EXACT_SCORE ? Match.Kind.EXACT : Match.Kind.FUZZY;
        return new Match(score, kind, differences, entry, WordDiff.diff(memory, current),
                numberDifference(memory, current), LanguagePair.regionDiffers(query.targetLanguage(), entry.targetLanguage()),
                CodeCarryOver.onto(entry.codedSource(), entry.codedTarget(), query.codedSource()));
    }

    static NumberDifference numberDifference(TokenizedText memory, TokenizedText current) {
        List<String> inMemory = texts(memory.all(), Token.Kind.NUMBER);
        List<String> onlyCurrent = new ArrayList<>();
        for (String number : texts(current.all(), Token.Kind.NUMBER)) {
            if (!inMemory.remove(number)) {
                onlyCurrent.add(number);
            }
        }
        return new NumberDifference(inMemory, onlyCurrent);
    }

    /** What differs between two sentences whose words are the same. */
    static Set<Match.Difference> differences(List<Token> memory, List<Token> current) {
        Set<Match.Difference> found = EnumSet.noneOf(Match.Difference.class);
        if (!texts(memory, Token.Kind.NUMBER).equals(texts(current, Token.Kind.NUMBER))) {
            found.add(Match.Difference.NUMBERS);
        }
        if (!texts(memory, Token.Kind.WORD).equals(texts(current, Token.Kind.WORD))) {
            found.add(Match.Difference.CASE);
        }
        if (!texts(memory, Token.Kind.PUNCTUATION).equals(texts(current, Token.Kind.PUNCTUATION))) {
            found.add(Match.Difference.PUNCTUATION);
        }
        return found;
    }

    private static List<String> texts(List<Token> tokens, Token.Kind kind) {
        List<String> texts = new ArrayList<>();
        for (Token token : tokens) {
            if (token.kind() == kind) {
                texts.add(token.text());
            }
        }
        return texts;
    }

    /** Both neighbours the same, at least one of them a sentence (a lone sentence has no context to match). */
    private static boolean sameContext(MatchQuery query, MemoryEntry entry) {
        if (entry.previous() == null && entry.next() == null) {
            return false;
        }
        return Objects.equals(collapsed(query.previous()), collapsed(entry.previous()))
                && Objects.equals(collapsed(query.next()), collapsed(entry.next()));
    }

    private static String collapsed(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }
}
