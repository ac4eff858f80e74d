package dev.tandem.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zyte benchmark's metric: word 4-gram shingles counted with multiplicity. Precision is
 * averaged over pages with a non-empty answer, recall over all pages, F1 of the two averages.
 */
final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private double precisionSum;
    private int answered;
    private double recallSum;
    private int pages;

    /** Adds one page; returns its own F1 for finding the worst pages. */
    double add(String predicted, String truth) {
        Map<String, Integer> expected = shingles(truth);
        Map<String, Integer> actual = shingles(predicted);
        int matched = 0;
        for (Map.Entry<String, Integer> entry : actual.entrySet()) {
            matched += Math.min(entry.getValue(), expected.getOrDefault(entry.getKey(), 0));
        }
        int actualTotal = actual.values().stream().mapToInt(Integer::intValue).sum();
        int expectedTotal = expected.values().stream().mapToInt(Integer::intValue).sum();
        double precision = actualTotal == 0 ? 0 : (double) matched / actualTotal;
        double recall = expectedTotal == 0 ? 0 : (double) matched / expectedTotal;
        pages++;
        recallSum += recall;
        if (actualTotal > 0) {
            answered++;
            precisionSum += precision;
        }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double precision() {
        return answered == 0 ? 0 : precisionSum / answered;
    }

    double recall() {
        return pages == 0 ? 0 : recallSum / pages;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < N) {
            counts.put(String.join(" ", tokens), 1);
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return counts;
    }
}
