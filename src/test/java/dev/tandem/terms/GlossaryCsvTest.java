package dev.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.TandemException;
import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryCsvTest {

    private final GlossaryCsv csv = new GlossaryCsv();

    @Test
    void languageHeadedSpreadsheetImportsWithQuotedCommasAndStatus() {
        String file = "\uFEFFen,fr,Part of speech,Note,Status\n"
                + "\"save, then close\",\"enregistrer, puis fermer\",verb,,preferred\n"
                + "e-mail,mél,noun,\"France's official form\",forbidden\n";
        List<Term> terms = csv.read(file.getBytes(StandardCharsets.UTF_8), ',', "terms.csv", null, null);
        assertEquals("save, then close", terms.get(0).source());
        assertEquals("enregistrer, puis fermer", terms.get(0).target());
        assertEquals("verb", terms.get(0).partOfSpeech());
        assertEquals(TermStatus.PREFERRED, terms.get(0).status());
        assertEquals("France's official form", terms.get(1).note());
        assertEquals(TermStatus.FORBIDDEN, terms.get(1).status());
        assertEquals("en", terms.get(1).sourceLanguage());
        assertEquals("fr", terms.get(1).targetLanguage());
    }

    @Test
    void tsvWithSourceTargetHeaderNeedsTheLanguagesChosen() {
        byte[] file = "source\ttarget\nглоссарий\tглосарій\n".getBytes(StandardCharsets.UTF_8);
        TandemException refused = assertThrows(TandemException.class, () -> csv.read(file, '\t', "t.tsv", null, null));
        assertEquals("t.tsv: the header does not name the languages (found \"source\"); name them in the header (en,fr)"
                + " or choose them with --from", refused.getMessage());
        List<Term> terms = csv.read(file, '\t', "t.tsv", "ru", "uk");
        assertEquals("глосарій", terms.get(0).target());
    }

    @Test
    void writtenCsvReadsBack() {
        List<Term> terms = List.of(new Term("t1", null, "de", "ja", "Übersetzung", "翻訳", "noun", "a \"quoted\" note", TermStatus.ADMITTED, null));
        byte[] written = csv.write(terms, ',');
        assertEquals("de,ja,partOfSpeech,note,status\nÜbersetzung,翻訳,noun,\"a \"\"quoted\"\" note\",admitted\n",
                new String(written, StandardCharsets.UTF_8));
        Term back = csv.read(written, ',', "back.csv", null, null).get(0);
        assertEquals(terms.get(0).note(), back.note());
        assertEquals("翻訳", back.target());
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreExportedAsTextAndReadBackUnchanged() {
        List<Term> terms = List.of(
                new Term("t1", null, "en", "fr", "=SUM(A1)", "+33 formule", "noun", "@admin", TermStatus.PREFERRED, null),
                new Term("t2", null, "en", "fr", "-rf", "@retrait", "+1", "-note", TermStatus.ADMITTED, null));
        for (char separator : new char[] {',', '\t'}) {
            byte[] written = csv.write(terms, separator);
            String text = new String(written, StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                for (String cell : line.split(String.valueOf(separator))) {
                    String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertTrue(bare.isEmpty() || "=+-@\t\r".indexOf(bare.charAt(0)) < 0, "cell starts safely: " + cell);
                }
            }
            assertTrue(text.contains("'=SUM(A1)"), text);
            List<Term> back = csv.read(written, separator, "back.csv", null, null);
            assertEquals("=SUM(A1)", back.get(0).source());
            assertEquals("+33 formule", back.get(0).target());
            assertEquals("@admin", back.get(0).note());
            assertEquals("-rf", back.get(1).source());
            assertEquals("@retrait", back.get(1).target());
            assertEquals("+1", back.get(1).partOfSpeech());
            assertEquals("-note", back.get(1).note());
        }
    }
}
