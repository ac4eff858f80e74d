package dev.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Joining a paragraph's segments, with the whitespace between them, gives the paragraph back exactly. */
class RoundTripTest {

    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl",
            "ja", "zh", "ko", "ar", "hi", "el", "und");

    /** Tags the caller may pass through unchecked: regions, scripts, extensions, private use, junk. */
    private static final List<String> ODD_TAGS = List.of("", " ", "pt-BR", "zh-Hant-TW", "en-US-u-ss-standard",
            "x-klingon", "i-klingon", "tlh", "EN_gb", "de-CH-1996", "not a tag!", "%%", "ja-JP-u-ca-japanese", "sr-Latn");

    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    @Test
    void everyGoldenTextRoundTripsInEveryLanguage() throws IOException {
        List<String> texts = goldenTexts();
        assertTrue(texts.size() > 200);
        for (String text : texts) {
            for (String language : LANGUAGES) {
                assertRoundTrip(text, language);
            }
        }
    }

    @Test
    void seedArticleRoundTripsParagraphByParagraphAndWhole() throws IOException {
        String article = resource("/bench/segmentation/seed-article.txt");
        assertRoundTrip(article, "en");
        for (String paragraph : article.split("\n\\s*\n")) {
            assertRoundTrip(paragraph, "en");
        }
    }

    @Test
    void anyLanguageTagSegmentsWithoutFailing() {
        String text = "Dr. Smith arrived. 彼は言った。「はい。」 ¿Qué? Πού είναι; Done…";
        List<TextSpan> root = segmenter.segment(text, "und");
        for (String tag : ODD_TAGS) {
            assertRoundTrip(text, tag);
        }
        assertEquals(root, segmenter.segment(text, null));
        assertEquals(root, segmenter.segment(text, "x-klingon"));
    }

    @Test
    void punctuationHeavyRandomTextRoundTrips() {
        String alphabet = "aZ. .  ..?!;:,\"'()[]«»„“”「」。！？…1234567890\n\u00A0\u3000-–•⁃/@#ЖΣ日ةक";
        Random random = new Random(20240917L);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(160);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertRoundTrip(text.toString(), LANGUAGES.get(round % LANGUAGES.size()));
        }
    }

    @Test
    void segmentationIsDeterministicAcrossInstances() throws IOException {
        SentenceSegmenter other = new SentenceSegmenter();
        for (String text : goldenTexts()) {
            assertEquals(segmenter.segment(text, "en"), other.segment(text, "en"));
            assertEquals(segmenter.segment(text, "en"), segmenter.segment(text, "en"));
        }
    }

    @Test
    void segmentingFromManyThreadsAtOnceGivesTheSameSentences() throws Exception {
        List<String> texts = goldenTexts();
        SentenceSegmenter shared = new SentenceSegmenter();
        List<List<TextSpan>> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(segmenter.segment(text, "en"));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread * 37;
                results.add(threads.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            int at = (i + offset) % texts.size();
                            assertEquals(expected.get(at), shared.segment(texts.get(at), "en"), texts.get(at));
                            shared.segment(texts.get(at), LANGUAGES.get(i % LANGUAGES.size()));
                        }
                    }
                    return texts.size();
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(texts.size(), result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertEquals(List.of(), segmenter.segment("", "en"));
        assertEquals(List.of(), segmenter.segment(" \n\t ", "ja"));
    }

    private void assertRoundTrip(String text, String language) {
        List<TextSpan> spans = segmenter.segment(text, language);
        StringBuilder joined = new StringBuilder();
        int previousEnd = 0;
        for (TextSpan span : spans) {
            assertTrue(span.start() >= previousEnd, () -> "overlapping spans in " + text);
            String gap = text.substring(previousEnd, span.start());
            assertTrue(gap.isBlank(), () -> "non-space text " + gap + " dropped from [" + language + "] " + text);
            String sentence = span.of(text);
            assertFalse(sentence.isEmpty());
            assertFalse(Character.isWhitespace(sentence.charAt(0)) || Character.isWhitespace(sentence.charAt(sentence.length() - 1)),
                    () -> "untrimmed sentence [" + sentence + "]");
            joined.append(gap).append(sentence);
            previousEnd = span.end();
        }
        String tail = text.substring(previousEnd);
        assertTrue(tail.isBlank(), () -> "text " + tail + " dropped from [" + language + "] " + text);
        assertEquals(text, joined.append(tail).toString());
    }

    private static List<String> goldenTexts() throws IOException {
        JsonNode root = new ObjectMapper().readTree(resource("/bench/segmentation/golden-rules.json"));
        List<String> texts = new ArrayList<>();
        root.elements().forEachRemaining(cases -> cases.forEach(c -> texts.add(c.get("text").asText())));
        return texts;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RoundTripTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
