package dev.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Article;
import dev.tandem.model.LanguageEvidence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LanguageIdentificationTest {

    private static final String POLISH = """
            Rada miasta zdecydowała we wtorek o zamknięciu starego mostu dla samochodów, kończąc spór, który od
            ponad dziesięciu lat dzielił mieszkańców. Inżynierowie mają przedstawić raport o naprawach do wiosny.
            Mieszkańcy obu brzegów mówią, że spodziewali się tej decyzji, ale wielu martwi się dłuższą drogą do szpitala.
            """;
    private static final String GERMAN = """
            Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Autos zu sperren, und damit einen Streit beendet,
            der die Stadt seit mehr als zehn Jahren spaltet. Die Ingenieure sollen bis zum Frühjahr über die Reparaturen berichten.
            """;
    private static final String NORWEGIAN = """
            Bystyret vedtok tirsdag å stenge den gamle brua for biler, og dermed ble en strid som har delt byen i mer enn ti år,
            avsluttet. Ingeniørene skal legge fram en rapport om reparasjonene innen våren.
            """;

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article extract(String content, String name) {
        return extractor.extract(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static String page(String htmlAttributes, String body) {
        return "<!DOCTYPE html><html" + htmlAttributes + "><head><meta charset=\"utf-8\"><title>Most</title></head><body><article>"
                + body.lines().map(line -> "<p>" + line + "</p>").reduce("", String::concat) + "</article></body></html>";
    }

    @Test
    void undeclaredPolishPageIsDetectedAsPolishWithConfidence() {
        Article article = extract(page("", POLISH), "most.html");
        assertEquals("pl", article.language());
        LanguageEvidence evidence = article.languageEvidence();
        assertNull(evidence.declared());
        assertEquals("pl", evidence.detected());
        assertTrue(evidence.confident(), evidence::toString);
    }

    @Test
    void undeclaredPolishTextFileIsDetectedAsPolish() {
        assertEquals("pl", extract(POLISH, "most.txt").language());
    }

    @Test
    void declaredLanguagePlainlyContradictedByTheTextGivesWay() {
        Article article = extract(page(" lang=\"en\"", GERMAN), "bruecke.html");
        assertEquals("de", article.language());
        assertEquals("en", article.languageEvidence().declared());
    }

    @Test
    void declaredLanguageDecidesBetweenCloseRelatives() {
        assertEquals("nb", extract(page(" lang=\"nb\"", NORWEGIAN), "brua.html").language());
        assertEquals("da", extract(page(" lang=\"da\"", NORWEGIAN), "brua.html").language());
    }

    @Test
    void aDeclarationItsOwnStopWordsConfirmIsKeptWithoutIdentification() {
        Article article = extract(page(" lang=\"de\"", GERMAN), "bruecke.html");
        assertEquals("de", article.language());
        assertNull(article.languageEvidence().detected(), article.languageEvidence()::toString);
    }

    @Test
    void declaredRegionalTagIsKeptAsDeclared() {
        assertEquals("de-CH", extract(page(" lang=\"de-CH\"", GERMAN), "bruecke.html").language());
    }

    @Test
    void tooLittleTextLeavesAnUndeclaredLanguageUnknownSoTheImportAsks() {
        Article article = extract("OK 42\n", "short.txt");
        assertNull(article.language());
        assertFalse(article.languageEvidence().confident(), article.languageEvidence()::toString);
    }
}
