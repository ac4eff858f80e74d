package dev.tandem.qa;

import static dev.tandem.qa.Checked.findings;
import static dev.tandem.qa.Checked.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.Finding;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Severity;
import dev.tandem.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessAndNumbersTest {

    private final CompletenessCheck completeness = new CompletenessCheck();
    private final NumberCheck numbers = new NumberCheck();

    @Test
    void confirmedEmptyTargetIsAnErrorAndADraftIsOnlyUntranslated() {
        CheckedUnit confirmed = new CheckedUnit("d", "u", "Hello world.", "", Status.REVIEWED, LanguageTag.of("en"), LanguageTag.of("fr"));
        Finding finding = completeness.check(confirmed, CheckContext.alone()).get(0);
        assertEquals("empty-confirmed", finding.check());
        assertEquals(Severity.ERROR, finding.severity());
        CheckedUnit draft = new CheckedUnit("d", "u", "Hello world.", "", Status.INITIAL, LanguageTag.of("en"), LanguageTag.of("fr"));
        assertEquals(List.of("untranslated"), completeness.check(draft, CheckContext.alone()).stream().map(Finding::check).toList());
    }

    @Test
    void copiedSentenceIsFlaggedButNumbersNamesAndCodeAreNot() {
        assertEquals(List.of("identical"), names(completeness, "en", "de", "The cat sleeps.", "The cat sleeps."));
        assertEquals(List.of(), names(completeness, "en", "de", "2024", "2024"));
        assertEquals(List.of(), names(completeness, "en", "de", "New York Times", "New York Times"));
        assertEquals(List.of(), names(completeness, "en", "ja", "config.yaml", "config.yaml"));
        assertEquals(List.of(), names(completeness, "en", "fr", "Introduction", "Introduction"));
        assertEquals(List.of(), names(completeness, "en", "de", "The cat sleeps.", "Die Katze schläft."));
    }

    @Test
    void numbersMayBeWrittenTheTargetLanguagesWay() {
        assertEquals(List.of(), findings(numbers, "en", "fr", "It costs 1,000.5 euros.", "Cela coûte 1\u202F000,5 euros."));
        assertEquals(List.of(), findings(numbers, "en", "de", "It costs 1,000.5 euros.", "Es kostet 1.000,5 Euro."));
        assertEquals(List.of(), findings(numbers, "en", "fr", "We open at 10 a.m.", "Nous ouvrons à 10 h."));
        assertEquals(List.of(), findings(numbers, "en", "fr", "We close at 3 p.m.", "Nous fermons à 15 h."));
        assertEquals(List.of(), findings(numbers, "en", "ja", "It has 3,500 pages.", "3,500ページあります。"));
        assertEquals(List.of(), findings(numbers, "en", "fr", "I have 2 cats.", "J'ai deux chats."));
    }

    @Test
    void changedOrMissingNumberIsAnErrorWithTheTargetForm() {
        assertEquals(List.of("numbers: The number 1,000.5 of the source is not in the translation (in French: 1000,5)."),
                findings(numbers, "en", "fr", "It costs 1,000.5 euros.", "Cela coûte 1\u202F000,6 euros."));
        assertEquals(List.of("numbers: The number 42 of the source is not in the translation."),
                findings(numbers, "en", "ar", "There are 42 rooms.", "هناك غرف كثيرة."));
        assertEquals(List.of("numbers: The number 15 of the source is not in the translation."),
                findings(numbers, "en", "zh", "Chapter 15 begins.", "第十六章开始。"));
    }
}
