package dev.tandem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.CodedText;
import dev.tandem.model.Document;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InlineCodesImportTest {

    private static final String PAGE = """
            <!doctype html><html lang="en"><head><title>Garden news</title></head><body><article>
            <h1>Garden news</h1>
            <p>The community garden opens on <b>Saturday</b> at the old depot. Read the
            <a href="https://example.org/plan?a=1&amp;b=2">full <em>planting</em> plan</a> before you come.</p>
            <p>Bring <strong>gloves. And water.</strong> Tools are provided<br>by the city.</p>
            <p>Volunteers of all ages are welcome, and children can help in the herb beds with an adult.</p>
            </article></body></html>
            """;

    @TempDir
    Path data;

    private Document imported() throws IOException {
        Path page = data.resolve("garden.html");
        Files.writeString(page, PAGE, StandardCharsets.UTF_8);
        Workbench workbench = Workbench.open(data.resolve("store"));
        workbench.documents().importFile(page, LanguageTag.of("en"), "garden");
        return Workbench.open(data.resolve("store")).documents().document("garden");
    }

    private static Segment sentence(Document document, String start) {
        return document.segments().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void linksAndEmphasisBecomeCodesAroundTheirWordsWhileTheSentenceTextStaysPlain() throws IOException {
        Document document = imported();
        Segment saturday = sentence(document, "The community garden opens");
        assertEquals("The community garden opens on Saturday at the old depot.", saturday.text());
        assertEquals(List.of(Kind.OPEN, Kind.CLOSE), saturday.codes().stream().map(InlineCode::kind).toList());
        assertEquals("Saturday", saturday.text().substring(saturday.codes().get(0).at(), saturday.codes().get(1).at()));
        assertEquals(InlineCode.BOLD, saturday.codes().get(0).type());

        Segment plan = sentence(document, "Read the full planting plan");
        InlineCode link = plan.codes().get(0);
        assertEquals(InlineCode.LINK, link.type());
        assertEquals("<a href=\"https://example.org/plan?a=1&amp;b=2\">", link.data());
        assertEquals("full planting plan", plan.text().substring(link.at(), plan.codes().get(3).at()));
        assertEquals(List.of("1", "2", "2", "1"), plan.codes().stream().map(InlineCode::id).toList());
    }

    @Test
    void boldRunningAcrossTwoSentencesIsClosedAndOpenedAgainSoEachSentencePairsUp() throws IOException {
        Document document = imported();
        Segment gloves = sentence(document, "Bring gloves.");
        Segment water = sentence(document, "And water.");
        assertEquals(List.of(6, 13), gloves.codes().stream().map(InlineCode::at).toList());
        assertEquals(List.of(0, 10), water.codes().stream().map(InlineCode::at).toList());
        assertTrue(new CodedText(water.text(), water.codes()).problemsAgainst(water.coded()).isEmpty());
    }

    @Test
    void aLineBreakIsAPlaceholderAndTheTextHasASpaceInItsPlace() throws IOException {
        Segment tools = sentence(imported(), "Tools are provided");
        assertEquals("Tools are provided by the city.", tools.text());
        assertEquals(InlineCode.LINE_BREAK, tools.codes().get(0).type());
        assertEquals(Kind.PLACEHOLDER, tools.codes().get(0).kind());
        assertEquals(18, tools.codes().get(0).at());
    }

    @Test
    void aSentenceWithoutMarkupHasNoCodesAndItsStoredFormIsUnchanged() throws IOException {
        Document document = imported();
        assertTrue(sentence(document, "Volunteers").codes().isEmpty());
        String json = Files.readString(data.resolve("store/garden/source.json"));
        assertEquals(5, json.split("\"codes\"", -1).length - 1, "codes written only for the five sentences that have them");
        assertFalse(json.contains("\"codes\" : [ ]"));
    }

    @Test
    void privateUseIconCharactersInAPageAreKeptAsTextAndDoNotConfuseTheCodes() throws IOException {
        Path page = data.resolve("icons.html");
        Files.writeString(page, "<html lang=\"en\"><head><title>Opening hours</title></head><body><article><h1>Opening hours</h1><p>Call us \uE000 on <b>Monday</b> \uFDD0or Tuesday"
                + " if the garden gate is closed, and someone from the committee will open it for you.</p></article></body></html>");
        Workbench workbench = Workbench.open(data.resolve("store"));
        Segment call = sentence(workbench.documents().importFile(page, LanguageTag.of("en"), "icons"), "Call us");

        assertTrue(call.text().startsWith("Call us \uE000 on Monday or Tuesday"), call.text());
        assertEquals("Monday", call.text().substring(call.codes().get(0).at(), call.codes().get(1).at()));
    }

    @Test
    void aTextExportWhoseFirstLineIsTheTitleKeepsTheTitlesCodes() throws IOException {
        Path page = data.resolve("title.html");
        Files.writeString(page, "<html lang=\"en\"><body><article><p><i>Garden</i> news</p><p>The community garden opens on"
                + " Saturday at the old depot, and everyone from the neighbourhood is welcome to come and help.</p></article></body></html>");
        Document document = Workbench.open(data.resolve("store")).documents().importFile(page, LanguageTag.of("en"), "title");

        Segment title = document.segments().get(0);
        assertEquals("Garden news", title.text());
        assertEquals(List.of(0, 6), title.codes().stream().map(InlineCode::at).toList());
    }

    @Test
    void resegmentingKeepsEveryCodeWhereItWas() throws IOException {
        Document document = imported();
        Document again = new DocumentBuilder(new dev.tandem.segment.SentenceSegmenter()).rebuild(document);
        assertEquals(document.segments(), again.segments());
    }
}
