package dev.tandem.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Finding;
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
}
