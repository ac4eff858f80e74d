package dev.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.TandemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileInputTest {

    @TempDir
    Path folder;

    private static TandemException refused(ArticleExtractor extractor, byte[] bytes, String name) {
        TandemException error = assertThrows(TandemException.class,
                () -> extractor.extract(new ByteArrayInputStream(bytes), name));
        assertEquals(1, error.getMessage().lines().count(), "one-line message: " + error.getMessage());
        assertTrue(error.getMessage().startsWith(name + ": "), error.getMessage());
        return error;
    }

    @Test
    void fileOverTheSizeLimitIsRefusedAsTooLarge() throws Exception {
        Path big = folder.resolve("big.txt");
        Files.writeString(big, "word ".repeat(300_000));
        ArticleExtractor extractor = new ArticleExtractor(new ExtractionLimits(1024 * 1024, 5_000_000, Duration.ofSeconds(30)));
        try (InputStream in = Files.newInputStream(big)) {
            TandemException error = assertThrows(TandemException.class, () -> extractor.extract(in, "big.txt"));
            assertEquals(TandemException.Kind.TOO_LARGE, error.kind());
            assertTrue(error.getMessage().contains("limit of 1 MB"), error.getMessage());
        }
    }

    @Test
    void textBeyondTheCharacterLimitIsRefusedAsTooLarge() {
        ArticleExtractor extractor = new ArticleExtractor(new ExtractionLimits(10_000_000, 1_000, Duration.ofSeconds(30)));
        TandemException error = refused(extractor, "word ".repeat(2_000).getBytes(StandardCharsets.UTF_8), "long.txt");
        assertEquals(TandemException.Kind.TOO_LARGE, error.kind());
    }

    @Test
    void encryptedPdfIsRefusedWithAClearMessage() throws Exception {
        byte[] pdf = DocumentFixtures.pdf(List.of(List.of("Secret minutes of the meeting.")), "user-secret");
        TandemException error = refused(new ArticleExtractor(), pdf, "minutes.pdf");
        assertEquals(TandemException.Kind.BAD_INPUT, error.kind());
        assertTrue(error.getMessage().contains("encrypted or password-protected"), error.getMessage());
    }

    @Test
    void truncatedDocxIsRefusedAsUnreadable() throws Exception {
        byte[] docx = DocumentFixtures.docx(List.of("A paragraph that will never be read."));
        byte[] broken = java.util.Arrays.copyOf(docx, docx.length / 3);
        TandemException error = refused(new ArticleExtractor(), broken, "broken.docx");
        assertEquals(TandemException.Kind.BAD_INPUT, error.kind());
    }

    @Test
    void emptyFileIsRefused() {
        TandemException error = refused(new ArticleExtractor(), new byte[0], "empty.html");
        assertTrue(error.getMessage().contains("empty"), error.getMessage());
    }

    @Test
    void decompressionBombIsRefused() throws Exception {
        // 40 MB of XML compresses to a few tens of kilobytes: Tika's SecureContentHandler stops it.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mime);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa "
                    .getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 400_000; i++) {
                zip.write(chunk);
            }
            zip.write("</text:p></office:text></office:body></office:document-content>".getBytes(StandardCharsets.UTF_8));
        }
        ArticleExtractor extractor = new ArticleExtractor(new ExtractionLimits(50_000_000, 100_000_000, Duration.ofSeconds(60)));
        TandemException error = refused(extractor, bytes.toByteArray(), "bomb.odt");
        assertEquals(TandemException.Kind.TOO_LARGE, error.kind());
        assertTrue(error.getMessage().contains("bomb"), error.getMessage());
    }

    @Test
    void parseThatTakesTooLongIsStopped() throws Exception {
        List<List<String>> pages = java.util.Collections.nCopies(200, List.of("A page of a long report."));
        byte[] pdf = DocumentFixtures.pdf(pages, null);
        ArticleExtractor extractor = new ArticleExtractor(new ExtractionLimits(50_000_000, 5_000_000, Duration.ofMillis(1)));
        TandemException error = refused(extractor, pdf, "slow.pdf");
        assertTrue(error.getMessage().contains("took longer than"), error.getMessage());
    }

    @Test
    void pageWithHundredsOfThousandsOfElementsIsRefused() {
        String html = "<html><body>" + "<span>x</span>".repeat(HtmlTreeBuilder.MAX_ELEMENTS + 10) + "</body></html>";
        TandemException error = refused(new ArticleExtractor(), html.getBytes(StandardCharsets.UTF_8), "flood.html");
        assertEquals(TandemException.Kind.TOO_LARGE, error.kind());
        assertTrue(error.getMessage().contains("HTML elements"), error.getMessage());
    }

    @Test
    void binaryGarbageIsRefusedWithoutACrash() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        TandemException error = refused(new ArticleExtractor(), garbage, "noise.bin");
        assertEquals(TandemException.Kind.UNSUPPORTED, error.kind());
    }

    @Test
    void deeplyNestedElementsAreReportedAsNestingNotAsABomb() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "text" + "</div>".repeat(100_000) + "</body></html>";
        TandemException error = refused(new ArticleExtractor(), html.getBytes(StandardCharsets.UTF_8), "deep.html");
        assertEquals(TandemException.Kind.TOO_LARGE, error.kind());
        assertTrue(error.getMessage().contains("nested more than"), error.getMessage());
        assertFalse(error.getMessage().contains("bomb"), error.getMessage());
    }

    @Test
    void brokenPdfIsRefusedWithoutTheParsersInternals() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 1\ntrailer << /Root 1 0 R >>\n"
                .getBytes(StandardCharsets.US_ASCII);
        TandemException error = refused(new ArticleExtractor(), pdf, "broken.pdf");
        assertFalse(error.getMessage().matches(".*@[0-9a-f]{4,}.*"), error.getMessage());
        assertFalse(error.getMessage().contains("org.apache"), error.getMessage());
        assertFalse(error.getMessage().contains("Parser"), error.getMessage());
    }
}
