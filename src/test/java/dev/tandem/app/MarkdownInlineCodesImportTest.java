package dev.tandem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Document;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Markdown article keeps its links, emphasis, inline code and hard line breaks as inline codes,
 * as a web page does, while the sentences' plain text stays what it was before codes existed.
 */
class MarkdownInlineCodesImportTest {

    @TempDir
    Path data;

    private Document imported(String resource, String language, String id) throws IOException {
        Path file = data.resolve(Path.of(resource).getFileName().toString());
        try (InputStream input = getClass().getResourceAsStream(resource)) {
            Files.copy(input, file);
        }
        return Workbench.open(data.resolve("store")).documents().importFile(file, LanguageTag.of(language), id);
    }

    private Document imported(String markdown) throws IOException {
        Path file = Files.writeString(data.resolve("notes.md"), markdown, StandardCharsets.UTF_8);
        return Workbench.open(data.resolve("store")).documents().importFile(file, LanguageTag.of("en"), "notes");
    }

    private static String segmentTable(Document document) {
        return "title\t" + document.title() + "\n" + document.segments().stream()
                .map(s -> s.block() + "\t" + document.blocks().get(s.block()).type() + "\t" + s.text().replace("\n", "\\n"))
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static String golden(String name) throws IOException {
        try (InputStream input = MarkdownInlineCodesImportTest.class.getResourceAsStream("/golden/markdown/" + name)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Segment sentence(Document document, String start) {
        return document.segments().stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starting " + start + " in " + document.segments()));
    }

    /** The text each pair of codes encloses, as "type:text". */
    private static List<String> enclosed(Segment segment) {
        List<InlineCode> codes = segment.codes();
        return codes.stream().filter(code -> code.kind() == Kind.OPEN).map(open -> {
            InlineCode close = codes.stream().filter(c -> c.kind() == Kind.CLOSE && c.id().equals(open.id())).findFirst().orElseThrow();
            return open.type() + ":" + segment.text().substring(open.at(), close.at());
        }).toList();
    }

    @Test
    void theSentencesOfMarkdownArticlesHaveTheTextTheyHadBeforeCodes() throws IOException {
        // Recorded with the regex-based reader that dropped the markup, before CommonMark read the inline codes.
        assertEquals(golden("garden-news.segments.tsv"), segmentTable(imported("/fixtures/garden-news.md", "en", "garden")));
        assertEquals(golden("seed.fr.segments.tsv"), segmentTable(imported("/golden/exchange/seed.fr.md", "fr", "seed-fr")));
    }

    @Test
    void linksBoldItalicAndCodeBecomeCodesAroundTheirWords() throws IOException {
        Document garden = imported("/fixtures/garden-news.md", "en", "garden");
        assertEquals(List.of("bold:Saturday"), enclosed(sentence(garden, "The community garden opens")));
        Segment plan = sentence(garden, "Read the full planting plan");
        assertEquals(List.of("link:full planting plan", "italic:bring gloves"), enclosed(plan));
        assertEquals("<a href=\"https://example.org/plan?a=1&amp;b=2\">", plan.codes().get(0).data());
        assertEquals(List.of("italic:herb beds"), enclosed(sentence(garden, "seeds for the")));
        assertEquals(List.of("link:map"), enclosed(sentence(garden, "Pick a bed")));
        assertEquals("<a href=\"mailto:committee@example.org\">", sentence(garden, "Write to the committee").codes().get(0).data());
        assertEquals(List.of("code:08:00"), enclosed(sentence(garden, "Tools are provided")));
        assertEquals(List.of("italic:made"), enclosed(sentence(garden, "Gardens are made")));
    }

    @Test
    void boldRunningAcrossTwoSentencesIsClosedAndOpenedAgain() throws IOException {
        Document garden = imported("/fixtures/garden-news.md", "en", "garden");
        assertEquals(List.of("bold:gloves."), enclosed(sentence(garden, "Bring gloves.")));
        assertEquals(List.of("bold:And water."), enclosed(sentence(garden, "And water.")));
    }

    @Test
    void aHardLineBreakIsAPlaceholderWhereTheTextHasASpace() throws IOException {
        Segment tools = sentence(imported("/fixtures/garden-news.md", "en", "garden"), "Tools are provided");
        InlineCode lineBreak = tools.codes().stream().filter(code -> code.kind() == Kind.PLACEHOLDER).findFirst().orElseThrow();
        assertEquals(InlineCode.LINE_BREAK, lineBreak.type());
        assertEquals("Tools are provided".length(), lineBreak.at());

        Segment call = sentence(imported("Write to us\\\non Monday between nine and twelve, when someone from the committee is in.\n"), "Write");
        assertEquals("Write to us on Monday between nine and twelve, when someone from the committee is in.", call.text());
        assertEquals(List.of(InlineCode.LINE_BREAK), call.codes().stream().map(InlineCode::type).toList());
    }

    @Test
    void escapesEntitiesAndUnderscoresInsideWordsAreReadAsCommonMarkSays() throws IOException {
        // The regex reader kept "\*", "&amp;" and "<https://…>" as typed and took snake_case for emphasis.
        Segment note = sentence(imported("The file\\*name uses snake_case_words &amp; a link <https://example.org/a_b> for the"
                + " committee members to read.\n"), "The file");
        assertEquals("The file*name uses snake_case_words & a link https://example.org/a_b for the committee members to read.", note.text());
        assertEquals(List.of("link:https://example.org/a_b"), enclosed(note));
    }

    @Test
    void aCodeMarkerCharacterInTheFileIsNotTakenForACode() throws IOException {
        Segment text = sentence(imported("A noncharacter \uFDD0 here and **bold** there, which the garden committee wrote by mistake.\n"), "A non");
        assertTrue(text.text().startsWith("A noncharacter here and bold there"), text.text());
        assertEquals(List.of("bold:bold"), enclosed(text));
    }
}
