package dev.tandem.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.text.Normalizer;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;

/**
 * Identifies the language of a text with Lingua's n-gram models (75 languages). Lingua's
 * low-accuracy mode (trigrams only) is used: its high-accuracy models take over a minute and
 * about 1.4 GB of heap to load, the trigram models about 4 s and 75 MB. The models load in the
 * background from construction on, so that an import's parse and the loading overlap.
 */
public final class LanguageIdentifier {

    /** Enough text to decide (over a hundred words; on the UDHR passages as accurate as 3,000); more only costs time. */
    private static final int SAMPLE_CHARACTERS = 1_000;
    /**
     * Lingua scores each language relative to the best (1.0). How far the runner-up trails is the
     * confidence: a lead of this much or more counts as certain (calibrated on the UDHR benchmark).
     */
    private static final double CERTAIN_LEAD = 0.2;

    private final CompletableFuture<LanguageDetector> detector;

    public LanguageIdentifier() {
        detector = CompletableFuture.supplyAsync(() -> LanguageDetectorBuilder.fromAllLanguages()
                .withLowAccuracyMode().withPreloadedLanguageModels().build());
    }

    /** The most likely language of {@code text}, or an empty detection when nothing fits. */
    public Detection detect(String text) {
        // Lingua's models are of composed text; decomposed Vietnamese or Hindi reads as another language.
        String sample = Normalizer.normalize(text.length() > SAMPLE_CHARACTERS ? text.substring(0, SAMPLE_CHARACTERS) : text,
                Normalizer.Form.NFC);
        SortedMap<Language, Double> values = detector.join().computeLanguageConfidenceValues(sample);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Map.Entry<Language, Double> entry : values.entrySet()) {
            if (entry.getKey() != Language.UNKNOWN) {
                scores.put(entry.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT), entry.getValue());
            }
        }
        if (scores.isEmpty()) {
            return new Detection(null, 0, Map.of());
        }
        Iterator<Map.Entry<String, Double>> ranked = scores.entrySet().iterator();
        Map.Entry<String, Double> best = ranked.next();
        double second = ranked.hasNext() ? ranked.next().getValue() : 0;
        double lead = best.getValue() <= 0 ? 0 : (best.getValue() - second) / best.getValue();
        return new Detection(best.getKey(), Math.min(1, Math.max(0, lead / CERTAIN_LEAD)), scores);
    }

    /**
     * A detection: the best language (ISO 639-1, null when none), how sure (0 to 1), and every
     * candidate's score relative to the best.
     */
    public record Detection(String language, double confidence, Map<String, Double> scores) {
        public Detection {
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        }

        /** The score of {@code language} relative to the best (1 for the best, 0 when not a candidate). */
        public double score(String language) {
            return scores.getOrDefault(language, 0.0);
        }
    }
}
