package dev.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.TandemException;
import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TbxImportTest {

    private final TbxReader reader = new TbxReader();

    static byte[] resource(String name) {
        try (InputStream input = TbxImportTest.class.getResourceAsStream("/terms/" + name)) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void memoqExportGivesEveryTranslationWithItsStatusAndTheEntryDefinition() {
        List<Term> terms = reader.read(resource("memoq-export.tbx"), "memoq.tbx", null, "fr");
        assertEquals(List.of("translation memory → mémoire de traduction", "translation memory → mémoire traductionnelle",
                "file → fichier"), terms.stream().map(t -> t.source() + " → " + t.target()).toList());
        assertEquals("en-US", terms.get(0).sourceLanguage());
        assertEquals("fr-FR", terms.get(0).targetLanguage());
        assertEquals(TermStatus.PREFERRED, terms.get(0).status());
        assertEquals(TermStatus.FORBIDDEN, terms.get(1).status());
        assertEquals("noun", terms.get(0).partOfSpeech());
        assertEquals("A stored collection of earlier translations, reused by sentence.", terms.get(0).note());
        assertEquals(terms.get(0).concept(), terms.get(1).concept());
    }

    @Test
    void memoqExportWithoutTargetChoiceGivesEveryOtherLanguage() {
        List<Term> terms = reader.read(resource("memoq-export.tbx"), "memoq.tbx", null, null);
        assertEquals(List.of("fr-FR", "fr-FR", "de-DE", "fr-FR"), terms.stream().map(Term::targetLanguage).toList());
    }

    @Test
    void multitermExportWithDoctypeAndTermGroupsImports() {
        List<Term> terms = reader.read(resource("multiterm-export.tbx"), "multiterm.tbx", null, "de");
        assertEquals(2, terms.size());
        assertEquals("source file", terms.get(0).source());
        assertEquals("Ausgangsdatei", terms.get(0).target());
        assertEquals("en", terms.get(0).sourceLanguage());
        assertEquals(TermStatus.PREFERRED, terms.get(0).status());
        assertEquals("Quelldatei", terms.get(1).target());
        assertEquals(TermStatus.ADMITTED, terms.get(1).status());
        assertEquals("The file a translation starts from.", terms.get(0).note());
    }

    @Test
    void weblateGlossaryKeepsTranslatorNotesAndForbiddenTerms() {
        List<Term> terms = reader.read(resource("weblate-cs.tbx"), "cs.tbx", null, null);
        assertEquals("adresní řádek", terms.get(0).target());
        assertEquals("cs", terms.get(0).targetLanguage());
        assertEquals("Browser UI element.", terms.get(0).note());
        assertEquals(TermStatus.FORBIDDEN, terms.get(1).status());
    }

    @Test
    void tbxVersionThreeConceptEntriesImport() {
        List<Term> terms = reader.read(resource("tbx-v3-basic.tbx"), "v3.tbx", null, "es");
        assertEquals(List.of("corrector ortográfico", "chequeador"), terms.stream().map(Term::target).toList());
        assertEquals(TermStatus.FORBIDDEN, terms.get(1).status());
        assertEquals("Masculine.", terms.get(0).note());
    }

    @Test
    void exportedTbxReadsBackTheSameTerms() {
        List<Term> terms = reader.read(resource("memoq-export.tbx"), "memoq.tbx", null, "fr");
        byte[] written = new TbxWriter().write(terms);
        List<Term> back = reader.read(written, "back.tbx", null, null);
        assertEquals(terms.stream().map(TbxImportTest::describe).toList(), back.stream().map(TbxImportTest::describe).toList());
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("<martif type=\"TBX-Basic\" xml:lang=\"en-US\">"));
    }

    @Test
    void entityDeclarationsAreRefusedAndNothingIsExpanded() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE martif [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<martif xml:lang=\"en\"><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&x;</term></tig></langSet>"
                + "<langSet xml:lang=\"fr\"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>";
        TandemException refused = assertThrows(TandemException.class,
                () -> reader.read(hostile.getBytes(StandardCharsets.UTF_8), "evil.tbx", null, null));
        assertTrue(refused.getMessage().startsWith("evil.tbx: "), refused.getMessage());
    }

    @Test
    void aFileThatIsNotTbxIsRefusedWithItsRootElement() {
        TandemException refused = assertThrows(TandemException.class,
                () -> reader.read("<tmx version=\"1.4\"/>".getBytes(StandardCharsets.UTF_8), "memory.tmx", null, null));
        assertEquals("memory.tmx: not a TBX file (the root element is <tmx>)", refused.getMessage());
    }

    private static String describe(Term term) {
        return String.join("|", term.sourceLanguage(), term.targetLanguage(), term.source(), term.target(),
                String.valueOf(term.partOfSpeech()), String.valueOf(term.note()), term.status().label());
    }
}
