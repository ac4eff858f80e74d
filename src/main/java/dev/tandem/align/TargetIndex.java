package dev.tandem.align;

import java.util.Arrays;

/**
 * For each anchor key, the target sentences holding it (ascending) and how many of their tokens
 * carry it. Lets the search count matching tokens near the diagonal without comparing every pair.
 */
final class TargetIndex {

    private final int[][] sentences;
    private final int[][] counts;

    TargetIndex(LexicalTokenizer.Tokens target, int keyCount) {
        int[] size = new int[keyCount];
        int[] lastSentence = new int[keyCount];
        Arrays.fill(lastSentence, -1);
        for (int s = 0; s < target.sentenceCount(); s++) {
            for (int key : target.keys()[s]) {
                if (key != LexicalTokenizer.NO_KEY && lastSentence[key] != s) {
                    lastSentence[key] = s;
                    size[key]++;
                }
            }
        }
        sentences = new int[keyCount][];
        counts = new int[keyCount][];
        for (int key = 0; key < keyCount; key++) {
            sentences[key] = new int[size[key]];
            counts[key] = new int[size[key]];
        }
        int[] fill = new int[keyCount];
        Arrays.fill(lastSentence, -1);
        for (int s = 0; s < target.sentenceCount(); s++) {
            for (int key : target.keys()[s]) {
                if (key == LexicalTokenizer.NO_KEY) {
                    continue;
                }
                if (lastSentence[key] != s) {
                    lastSentence[key] = s;
                    sentences[key][fill[key]++] = s;
                }
                counts[key][fill[key] - 1]++;
            }
        }
    }

    /** Index of the first posting of {@code key} at or after target sentence {@code from}. */
    int firstAtOrAfter(int key, int from) {
        if (key >= sentences.length) {
            return 0;
        }
        int found = Arrays.binarySearch(sentences[key], from);
        return found >= 0 ? found : -found - 1;
    }

    int postingCount(int key) {
        return key >= sentences.length ? 0 : sentences[key].length;
    }

    int sentence(int key, int posting) {
        return sentences[key][posting];
    }

    int count(int key, int posting) {
        return counts[key][posting];
    }
}
