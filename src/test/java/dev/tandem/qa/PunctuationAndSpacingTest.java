package dev.tandem.qa;

import static dev.tandem.qa.Checked.findings;
import static dev.tandem.qa.Checked.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.Finding;
import dev.tandem.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PunctuationAndSpacingTest {

    private final EndPunctuationCheck end = new EndPunctuationCheck();
    private final BracketCheck brackets = new BracketCheck();
    private final SpacingCheck spacing = new SpacingCheck();
    private final FrenchSpacingCheck french = new FrenchSpacingCheck();
    private final RepeatedWordCheck repeated = new RepeatedWordCheck();

    @Test
    void questionEndingWithAFullStopIsAnError() {
        List<Finding> found = end.check(Checked.unit("en", "fr", "Is it ready?", "Est-ce prêt."), CheckContext.alone());
        assertEquals("end-punctuation: The source ends with a question mark but the translation ends with a full stop.", found.get(0).key());
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void questionMarksOfOtherScriptsCount() {
        assertEquals(List.of(), names(end, "en", "ja", "Is it ready?", "準備はできましたか？"));
        assertEquals(List.of(), names(end, "en", "zh", "It is ready.", "准备好了。"));
        assertEquals(List.of(), names(end, "en", "ar", "Is it ready?", "هل هو جاهز؟"));
        assertEquals(List.of(), names(end, "en", "el", "Is it ready?", "Είναι έτοιμο;"));
        assertEquals(List.of(), names(end, "en", "fr", "He said \"yes.\"", "Il a dit « oui. »"));
        assertEquals(List.of("end-punctuation"), names(end, "en", "ja", "It is ready.", "準備ができました"));
        assertEquals(List.of("end-punctuation"), names(end, "en", "de", "Is it ready?", "Ist es fertig;"));
    }

    @Test
    void spanishQuestionOpensWithTheInvertedMark() {
        assertEquals(List.of(), names(end, "en", "es", "Is it ready?", "¿Está listo?"));
        assertEquals(List.of("end-punctuation: A Spanish question also opens with ¿."), findings(end, "en", "es", "Is it ready?", "Está listo?"));
    }

    @Test
    void unclosedBracketOrQuoteIsReported() {
        assertEquals(List.of("brackets: Unbalanced brackets or quotes in the translation: (."),
                findings(brackets, "en", "fr", "See the list (below).", "Voir la liste (ci-dessous."));
        assertEquals(List.of(), names(brackets, "en", "fr", "He said \"yes\".", "Il a dit « oui »."));
        assertEquals(List.of(), names(brackets, "en", "de", "He said \"yes\".", "Er sagte „ja“."));
        assertEquals(List.of(), names(brackets, "en", "ja", "The \"Start\" menu.", "「スタート」メニュー。"));
        assertEquals(List.of("brackets"), names(brackets, "en", "ja", "The \"Start\" menu.", "「スタートメニュー。"));
    }

    @Test
    void doubleSpacesAndMismatchedOuterSpacesAreReported() {
        assertEquals(List.of("double-space"), names(spacing, "en", "de", "The cat sleeps.", "Die  Katze schläft."));
        assertEquals(List.of(), names(spacing, "en", "de", "The cat sleeps.", "Die Katze schläft."));
        assertEquals(List.of("trailing-space"), names(spacing, "en", "he", "The cat sleeps.", "החתול ישן. "));
        assertEquals(List.of("leading-space"), names(spacing, "en", "de", " The cat sleeps.", "Die Katze schläft."));
    }

    @Test
    void frenchWantsNoBreakSpacesBeforeHighMarksAndInsideGuillemets() {
        assertEquals(List.of("french-spacing"), names(french, "en", "fr", "Really?", "Vraiment ?"));
        assertEquals(List.of("french-spacing"), names(french, "en", "fr", "Really?", "Vraiment?"));
        assertEquals(List.of("french-spacing"), names(french, "en", "fr", "He said \"yes\".", "Il a dit «oui»."));
        assertEquals(List.of(), names(french, "en", "fr", "Really?", "Vraiment\u202F?"));
        assertEquals(List.of(), names(french, "en", "fr", "Note: at 10:30, see https://example.org.",
                "Note\u00A0: à 10:30, voir https://example.org."));
        assertEquals(List.of(), names(french, "en", "fr", "He said \"yes\".", "Il a dit «\u202Foui\u202F»."));
        assertEquals(List.of(), names(french, "en", "fr-CA", "Really?", "Vraiment?"));
        assertEquals(List.of(), names(french, "en", "de", "Really?", "Wirklich?"));
    }

    @Test
    void repeatedWordIsReportedUnlessTheGrammarWantsIt() {
        assertEquals(List.of("repeated-word: The word \"the\" is repeated."), findings(repeated, "fr", "en", "Le chat dort.", "The the cat sleeps."));
        assertEquals(List.of(), names(repeated, "en", "fr", "We wash ourselves.", "Nous nous lavons."));
        assertEquals(List.of(), names(repeated, "en", "ru", "Very very good.", "Очень очень хорошо."));
        assertEquals(List.of("repeated-word"), names(repeated, "en", "ru", "Very good.", "Очень очень хорошо."));
    }
}
