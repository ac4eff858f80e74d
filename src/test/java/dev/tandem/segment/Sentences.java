package dev.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.TextSpan;
import java.util.List;

/** Segments with the default rules and compares the sentences as a translator would read them. */
final class Sentences {

    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();

    private Sentences() {
    }

    static List<String> of(String text, String language) {
        return of(SEGMENTER, text, language);
    }

    static List<String> of(SentenceSegmenter segmenter, String text, String language) {
        return segmenter.segment(text, language).stream().map((TextSpan span) -> span.of(text)).toList();
    }

    static void assertSentences(String language, String text, String... expected) {
        assertEquals(List.of(expected), of(text, language), () -> "segmenting [" + language + "] " + text);
    }
}
