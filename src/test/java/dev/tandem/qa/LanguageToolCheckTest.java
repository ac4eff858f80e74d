package dev.tandem.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Finding;
import dev.tandem.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LanguageTool loads slowly (seconds per language): one language, a handful of checks. */
class LanguageToolCheckTest {

    private static final LanguageToolCheck CHECK = new LanguageToolCheck();

    private static List<Finding> check(String source, String target) {
        return CHECK.check(Checked.unit("en", "fr", source, target), CheckContext.alone());
    }

    @Test
    void misspeltFrenchWordIsReportedWithSuggestions() {
        List<Finding> found = check("The translation is ready.", "La traductoin est prête.");
        assertEquals(List.of("spelling"), found.stream().map(Finding::check).toList());
        assertTrue(found.get(0).message().startsWith("Possible spelling mistake: \"traductoin\" (did you mean \"traduction\""),
                found.get(0).message());
        assertEquals("traductoin", found.get(0).target().get(0).of("La traductoin est prête."));
    }

    @Test
    void correctFrenchAndNamesFromTheSourceAreNotReported() {
        assertEquals(List.of(), check("Marguerite Yourcenar lived in Petite Plaisance.",
                "Marguerite Yourcenar a vécu à Petite Plaisance."));
        assertEquals(List.of(), check("Kwasniewski wrote it.", "Kwasniewski l'a écrit."));
    }

    @Test
    void grammarMistakeIsReported() {
        List<Finding> found = check("They are ready.", "Ils est prêts.");
        assertTrue(found.stream().anyMatch(finding -> finding.check().equals("grammar")), found.toString());
    }

    @Test
    void adjectiveAfterTheNounIsCorrectFrenchAndNotReported() {
        assertEquals(List.of(), check("Version 2.4 fixes the export of long files.", "La version 2.4 corrige l'exportation des fichiers longs."));
    }

    @Test
    void namesInsideTheSentenceLinksAndGlossaryTranslationsAreNotMisspellings() {
        assertEquals(List.of(), check("The river flows south.", "Le fleuve Arun coule vers le sud, dit www.exemple.org/rivierre."));
        CheckContext glossary = new CheckContext(TranslationCorpus.empty(), unit -> new GlossaryEvidence.Terms(List.of(
                new GlossaryEvidence.ExpectedTerm(new TextSpan(4, 12), "workshop", List.of("traducthèque"), true)), List.of()));
        assertEquals(List.of(), CHECK.check(Checked.unit("en", "fr", "The workshop opens.", "La traducthèque ouvre."), glossary));
        assertEquals(List.of("traductoin"), CHECK.check(Checked.unit("en", "fr", "The translation of the workshop.",
                "La traductoin de la traducthèque."), glossary).stream().map(f -> f.target().get(0).of("La traductoin de la traducthèque.")).toList());
        assertEquals(List.of("spelling"), check("The river flows.", "Arun coule.").stream().map(Finding::check).toList(),
                "a capital at the start of the sentence says nothing about a name");
    }

    @Test
    void glossaryNounUsedAsAVerbInTheSourceIsNotExpectedInTheTranslation() {
        GlossaryCheck glossary = new GlossaryCheck(new TermUsage(CHECK));
        String verb = "Each translator reviews about 2,000 words a day.";
        String noun = "The review starts on Monday.";
        assertEquals(List.of(), glossary.check(Checked.unit("en", "fr", verb, "Chaque traducteur relit environ 2 000 mots par jour."),
                expecting(verb.indexOf("reviews"), "reviews".length())));
        assertEquals(List.of("glossary"), glossary.check(Checked.unit("en", "fr", noun, "La séance commence lundi."),
                expecting(noun.indexOf("review"), "review".length())).stream().map(Finding::check).toList());
    }

    private static CheckContext expecting(int start, int length) {
        return new CheckContext(TranslationCorpus.empty(), unit -> new GlossaryEvidence.Terms(List.of(
                new GlossaryEvidence.ExpectedTerm(new TextSpan(start, start + length), "review", List.of("relecture"), false)), List.of()));
    }
}
