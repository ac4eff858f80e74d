package dev.tandem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.model.CodedText;
import dev.tandem.model.Document;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import dev.tandem.model.UnitMerge;
import dev.tandem.model.UnitSplit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging two units with links and splitting them again keeps the tags the translator placed. */
class InlineCodesMergeSplitTest {

    private static final LanguageTag FR = LanguageTag.of("fr");

    @TempDir
    Path data;

    private Workbench workbench;
    private Document document;
    private List<Unit> units;

    @BeforeEach
    void translateTwoSentencesWithALinkEach() throws IOException {
        workbench = TestWorkbench.withSeed(data);
        Path page = data.resolveSibling(data.getFileName() + "-links.html");
        Files.writeString(page, "<html lang=\"en\"><head><title>Links</title></head><body><article><h1>Links</h1>"
                + "<p>Read the <a href=\"https://example.org/a\">first plan</a> today. Then read the <b>second</b> plan"
                + " tomorrow.</p></article></body></html>", StandardCharsets.UTF_8);
        document = workbench.documents().importFile(page, LanguageTag.of("en"), "links");
        units = workbench.translations().addLanguage("links", FR).units();
        save(units.get(1), "Lisez le premier plan aujourd'hui.", 9, 21);
        save(units.get(2), "Puis lisez le second plan demain.", 14, 20);
    }

    private void save(Unit unit, String target, int open, int close) {
        List<InlineCode> source = document.sourceCoded(unit).codes();
        workbench.translations().save("links", FR, new UnitEdit(unit.id(), unit.rev(), target, Status.TRANSLATED, "Ana", null,
                List.of(source.get(0).at(open), source.get(1).at(close))));
    }

    private static List<String> placed(CodedText text) {
        return text.codes().stream().map(code -> code.id() + " " + code.kind() + " " + text.text().substring(code.at())).toList();
    }

    @Test
    void aMergedUnitKeepsBothTargetsTagsNumberedAsItsSource() {
        Unit first = workbench.translations().translation("links", FR).units().get(1);
        Unit second = workbench.translations().translation("links", FR).units().get(2);
        Unit merged = workbench.translations().merge("links", FR, new UnitMerge(first.id(), first.rev(), second.rev(), "Ana"));

        assertEquals("Lisez le premier plan aujourd'hui. Puis lisez le second plan demain.", merged.target());
        assertEquals(List.of("1 OPEN premier plan aujourd'hui. Puis lisez le second plan demain.",
                "1 CLOSE  aujourd'hui. Puis lisez le second plan demain.", "2 OPEN second plan demain.", "2 CLOSE  plan demain."),
                placed(merged.codedTarget()));
        CodedText source = workbench.documents().document("links").sourceCoded(merged);
        assertTrue(merged.codedTarget().problemsAgainst(source).isEmpty(), "the merged target fits the merged source");
    }

    @Test
    void splittingAgainKeepsTheFirstSentencesTagsOnTheFirstUnit() {
        Unit first = workbench.translations().translation("links", FR).units().get(1);
        Unit second = workbench.translations().translation("links", FR).units().get(2);
        Unit merged = workbench.translations().merge("links", FR, new UnitMerge(first.id(), first.rev(), second.rev(), "Ana"));
        List<Unit> parts = workbench.translations().split("links", FR, new UnitSplit(merged.id(), merged.rev(), "Ana"));

        Unit back = parts.get(0);
        CodedText source = workbench.documents().document("links").sourceCoded(back);
        assertEquals(merged.target(), back.target(), "the whole text stays on the first unit");
        assertEquals(List.of("OPEN", "CLOSE"), back.codes().stream().map(code -> code.kind().name()).toList());
        assertEquals(source.codes().get(0).id(), back.codes().get(0).id(), "named as the first sentence's own link");
        assertEquals(9, back.codes().get(0).at());
        assertTrue(back.codedTarget().problemsAgainst(source).isEmpty());
    }
}
