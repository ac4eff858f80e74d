package dev.tandem.memory;

import dev.tandem.model.DiffPart;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between a memory's source and the current source, word by word: a Levenshtein
 * alignment of their tokens (words compared case-folded, numbers by their digits), walked back into
 * runs of same, deleted, inserted and changed text. The memory's text keeps its own spacing.
 */
public final class WordDiff {

    private WordDiff() {
    }

    public static List<DiffPart> diff(TokenizedText memory, TokenizedText current) {
        List<Token> a = memory.all();
        List<Token> b = current.all();
        int n = a.size();
        int m = b.size();
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int substitution = cost[i - 1][j - 1] + (same(a.get(i - 1), b.get(j - 1)) ? 0 : 1);
                cost[i][j] = Math.min(substitution, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
            }
        }
        List<DiffPart> backwards = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && same(a.get(i - 1), b.get(j - 1)) && cost[i][j] == cost[i - 1][j - 1]) {
                backwards.add(new DiffPart(DiffPart.Kind.SAME, spanWithSpace(memory, i - 1), ""));
                i--;
                j--;
            } else if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + 1) {
                backwards.add(new DiffPart(DiffPart.Kind.CHANGED, spanWithSpace(memory, i - 1), spanWithSpace(current, j - 1)));
                i--;
                j--;
            } else if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
                backwards.add(new DiffPart(DiffPart.Kind.DELETED, spanWithSpace(memory, i - 1), ""));
                i--;
            } else {
                backwards.add(new DiffPart(DiffPart.Kind.INSERTED, "", spanWithSpace(current, j - 1)));
                j--;
            }
        }
        List<DiffPart> parts = new ArrayList<>();
        for (int k = backwards.size() - 1; k >= 0; k--) {
            DiffPart part = backwards.get(k);
            DiffPart last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (last != null && last.kind() == part.kind()) {
                parts.set(parts.size() - 1, new DiffPart(part.kind(), last.memory() + part.memory(), last.current() + part.current()));
            } else {
                parts.add(part);
            }
        }
        return List.copyOf(parts);
    }

    private static boolean same(Token x, Token y) {
        return x.kind() == Token.Kind.NUMBER ? x.text().equals(y.text()) : x.key().equals(y.key());
    }

    /** A token's text with the spacing that precedes it (so the pieces concatenate back into the sentence). */
    private static String spanWithSpace(TokenizedText text, int index) {
        int from = index == 0 ? 0 : text.all().get(index - 1).end();
        int to = index == text.all().size() - 1 ? text.text().length() : text.all().get(index).end();
        return text.text().substring(from, to);
    }
}
