package dev.tandem.bench;

import dev.tandem.bench.SnippetPages.SnippetPage;
import dev.tandem.bench.ExtractionPages.Page;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * trafilatura's snippet metric ({@code tests/eval_common.py}): per snippet, a required one found
 * is a true positive, missing a false negative; a forbidden one present is a false positive.
 * Matching is by substring after collapsing whitespace (and, here, NFC on both sides, which only
 * matters for text not already composed). Precision, recall and F1 are over all snippets of a set.
 */
record SnippetScore(int truePositives, int falsePositives, int falseNegatives, Map<SnippetPage, Counts> perPage) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One page's counts. */
    record Counts(int found, int missing, int forbiddenPresent) {
    }

    static SnippetScore of(List<SnippetPage> pages, Function<Page, String> extract) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<SnippetPage, Counts> perPage = new LinkedHashMap<>();
        for (SnippetPage page : pages) {
            Counts counts = count(page, SetScore.safely(extract, page.page()));
            tp += counts.found();
            fn += counts.missing();
            fp += counts.forbiddenPresent();
            perPage.put(page, counts);
        }
        return new SnippetScore(tp, fp, fn, perPage);
    }

    static Counts count(SnippetPage page, String text) {
        String body = norm(text == null ? "" : text);
        int found = (int) page.with().stream().filter(snippet -> body.contains(norm(snippet))).count();
        int forbidden = (int) page.without().stream().filter(snippet -> body.contains(norm(snippet))).count();
        return new Counts(found, page.with().size() - found, forbidden);
    }

    private static String norm(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        int denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }

    /** Pages where at least one forbidden snippet is in the body. */
    List<SnippetPage> withForbidden() {
        return perPage.entrySet().stream().filter(entry -> entry.getValue().forbiddenPresent() > 0)
                .map(Map.Entry::getKey).toList();
    }

    /** Pages that lost more than half of their required snippets. */
    List<SnippetPage> lostMost() {
        return perPage.entrySet().stream().filter(entry -> 2 * entry.getValue().missing() > entry.getKey().with().size())
                .map(Map.Entry::getKey).toList();
    }
}
