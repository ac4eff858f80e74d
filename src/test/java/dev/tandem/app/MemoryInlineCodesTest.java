package dev.tandem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.model.CodedText;
import dev.tandem.model.Document;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Match;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory keeps both sides' inline codes: a link confirmed in one document comes back, as the
 * other document's own link, in its matches, its pre-translation and its repetitions.
 */
class MemoryInlineCodesTest {

    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag FR = LanguageTag.of("fr");
    private static final String GUIDE = "Read the planting guide before you dig.";

    @TempDir
    Path data;
    @TempDir
    Path pages;
    private Workbench workbench;

    @BeforeEach
    void open() {
        workbench = Workbench.open(data);
    }

    @AfterEach
    void close() {
        workbench.memory().close();
    }

    @Test
    void aLinkConfirmedInDocumentAIsOfferedInDocumentBAsBsOwnLinkThree() {
        confirmTheGuideWithItsLinkIn("a");
        importPage("b", "<p><b>Now</b> <i>really</i> read the <a href=\"https://example.org/b\">planting guide</a> before you dig.</p>");
        Unit unit = unitWith("b", "Now really read the planting guide before you dig.");
        CodedText source = workbench.documents().document("b").sourceCoded(unit);
        assertEquals("3", source.codes().get(4).id(), "B numbers its link 3 (after its bold and italic)");

        Match match = workbench.memory().matches("b", FR, unit.id(), 50, 5).get(0);

        assertTrue(match.score() < 100, "a fuzzy match: " + match.score());
        assertEquals("Lisez le guide de plantation avant de creuser.", match.insertion().text());
        assertEquals(List.of("3 OPEN link <a href=\"https://example.org/b\"> at le guide de plantation avant de creuser.",
                "3 CLOSE link </a> at  avant de creuser."), placed(match.insertion()));
        assertEquals(List.of("1 OPEN", "1 CLOSE"), match.entry().targetCodes().stream().map(c -> c.id() + " " + c.kind()).toList(),
                "the memory's own target, as A numbered it, is kept for the panel");
    }

    @Test
    void theCodesOfAMatchSurviveTheIndexBeingClosedAndOpenedAgain() {
        confirmTheGuideWithItsLinkIn("a");
        importPage("b", "<p>Read the <a href=\"https://example.org/b\">planting guide</a> before you dig.</p>");
        workbench.memory().close();
        workbench = Workbench.open(data);

        Match match = workbench.memory().matches("b", FR, unitWith("b", GUIDE).id(), 50, 5).get(0);

        assertEquals(100, match.score());
        assertEquals(Set.of(), match.differences());
        assertEquals(List.of("1 OPEN link <a href=\"https://example.org/b\"> at le guide de plantation avant de creuser.",
                "1 CLOSE link </a> at  avant de creuser."), placed(match.insertion()));
    }

    @Test
    void aSourceThatDiffersOnlyInItsCodesIsNotAnUnmarkedHundred() {
        confirmTheGuideWithItsLinkIn("a");
        importPage("plain", "<p>" + GUIDE + "</p>");
        importPage("bold", "<p>Read the <b>planting guide</b> before you dig.</p>");
        importPage("moved", "<p>Read the planting <a href=\"https://example.org/a\">guide</a> before you dig.</p>");

        for (String document : List.of("plain", "bold", "moved")) {
            Match match = workbench.memory().matches(document, FR, unitWith(document, GUIDE).id(), 50, 5).get(0);
            assertEquals(99, match.score(), document);
            assertEquals(Set.of(Match.Difference.CODES), match.differences(), document);
        }
        Match plain = workbench.memory().matches("plain", FR, unitWith("plain", GUIDE).id(), 50, 5).get(0);
        assertEquals(List.of(), plain.insertion().codes(), "the link has nothing to stand for in a source without one");
    }

    @Test
    void pretranslationFillsTheTargetWithTheUnitsOwnLink() {
        confirmTheGuideWithItsLinkIn("a");
        importPage("c", "<p>Read the <a href=\"https://example.org/c\">planting guide</a> before you dig.</p>");

        workbench.memory().pretranslate("c", FR, 100, List.of());

        Unit filled = unitWith("c", GUIDE);
        CodedText source = workbench.documents().document("c").sourceCoded(filled);
        assertEquals(Status.TRANSLATED, filled.status());
        assertEquals(List.of("1 OPEN link <a href=\"https://example.org/c\"> at le guide de plantation avant de creuser.",
                "1 CLOSE link </a> at  avant de creuser."), placed(filled.codedTarget()));
        assertTrue(filled.codedTarget().problemsAgainst(source).isEmpty());
    }

    @Test
    void repetitionsAreGivenTheTranslationWithTheirOwnLink() {
        Unit confirmed = confirmTheGuideWithItsLinkIn("a");
        importPage("d", "<p>" + GUIDE.replace("planting guide", "<a href=\"https://example.org/d\">planting guide</a>") + "</p>");
        List<Repetition> offered = workbench.memory().repetitions("a", FR, confirmed.id());
        assertEquals(List.of("d"), offered.stream().map(Repetition::document).toList());

        workbench.memory().propagate("a", FR, confirmed.id(), offered, "ann");

        Unit filled = unitWith("d", GUIDE);
        assertEquals(Status.TRANSLATED, filled.status());
        assertEquals(List.of("1 OPEN link <a href=\"https://example.org/d\"> at le guide de plantation avant de creuser.",
                "1 CLOSE link </a> at  avant de creuser."), placed(filled.codedTarget()));
    }

    @Test
    void aTmxWrittenAsOmegaTAndOkapiWriteCodesGivesMatchesWithTheCurrentSentencesCodes() {
        workbench.memory().addReference(TestWorkbench.fixture("codes-omegat-okapi.tmx"), 0, null, null);
        importPage("garden", "<p>Read the <a href=\"https://example.org/g\">planting guide</a> before you dig. Water the "
                + "<a href=\"https://example.org/r\">roses</a> every <b>morning</b>.</p>");

        Match omegat = workbench.memory().matches("garden", FR, unitWith("garden", GUIDE).id(), 50, 5).get(0);
        assertEquals(100, omegat.score(), "OmegaT's untyped pair stands for the link in its place");
        assertEquals(List.of("OPEN", "CLOSE"), omegat.entry().sourceCodes().stream().map(c -> c.kind().name()).toList());
        assertEquals(List.of("1 OPEN link <a href=\"https://example.org/g\"> at guide de plantation avant de creuser.",
                "1 CLOSE link </a> at  avant de creuser."), placed(omegat.insertion()));

        Match okapi = workbench.memory().matches("garden", FR, unitWith("garden", "Water the roses every morning.").id(), 50, 5).get(0);
        assertEquals(100, okapi.score());
        assertEquals(List.of("1 OPEN link <a href=\"https://example.org/r\"> at roses chaque matin.",
                "1 CLOSE link </a> at  chaque matin.", "2 OPEN bold <b> at matin.", "2 CLOSE bold </b> at ."),
                placed(okapi.insertion()));
    }

    /** Imports {@code a} with the guide sentence's link and confirms its translation with the link placed. */
    private Unit confirmTheGuideWithItsLinkIn(String document) {
        importPage(document, "<p>Read the <a href=\"https://example.org/a\">planting guide</a> before you dig.</p>");
        Unit unit = unitWith(document, GUIDE);
        List<InlineCode> link = workbench.documents().document(document).sourceCoded(unit).codes();
        String target = "Lisez le guide de plantation avant de creuser.";
        return workbench.translations().save(document, FR, new UnitEdit(unit.id(), unit.rev(), target, Status.TRANSLATED, "ann", null,
                List.of(link.get(0).at(target.indexOf("le guide")), link.get(1).at(target.indexOf(" avant")))));
    }

    private Document importPage(String id, String body) {
        Path page = pages.resolve(id + ".html");
        try {
            Files.writeString(page, "<html lang=\"en\"><head><title>Garden " + id + "</title></head><body><article><h1>Garden "
                    + id + "</h1>" + body + "</article></body></html>", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Document document = workbench.documents().importFile(page, EN, id);
        workbench.translations().addLanguage(id, FR);
        return document;
    }

    private Unit unitWith(String document, String source) {
        Document doc = workbench.documents().document(document);
        return workbench.translations().translation(document, FR).units().stream()
                .filter(unit -> doc.sourceText(unit).equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + source + " in " + document));
    }

    /** Each code as id, kind, type, data and the text it stands before. */
    private static List<String> placed(CodedText text) {
        List<String> placed = new ArrayList<>();
        for (InlineCode code : text.codes()) {
            placed.add(code.id() + " " + code.kind() + " " + code.type() + " " + code.data() + " at " + text.text().substring(code.at()));
        }
        return placed;
    }
}
