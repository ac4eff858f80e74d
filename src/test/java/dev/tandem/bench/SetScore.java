package dev.tandem.bench;

import dev.tandem.bench.ExtractionPages.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One extractor's scores over a set of pages: the set's total and each page's F1, precision and recall. */
record SetScore(ShingleScore total, Map<Page, double[]> perPage) {

    static SetScore of(List<Page> pages, Function<Page, String> extract) {
        ShingleScore total = new ShingleScore();
        Map<Page, double[]> perPage = new LinkedHashMap<>();
        for (Page page : pages) {
            String answer = safely(extract, page);
            total.add(answer, page.truth());
            ShingleScore one = new ShingleScore();
            double f1 = one.add(answer, page.truth());
            perPage.put(page, new double[] {f1, one.precision(), one.recall()});
        }
        return new SetScore(total, perPage);
    }

    /** The pages whose own F1 is below {@code threshold}. */
    List<Page> below(double threshold) {
        return perPage.entrySet().stream().filter(entry -> entry.getValue()[0] < threshold).map(Map.Entry::getKey).toList();
    }

    static String safely(Function<Page, String> extract, Page page) {
        try {
            return extract.apply(page);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
