package dev.tandem.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitTest {

    private static final Map<String, String> TEXTS = Map.of("s1", "The storm came.", "s2", "Nobody was hurt.");

    private static Unit translatedAgainst(String sourceText) {
        return new Unit("s1", List.of("s1", "s2"), "La tempête vint. Personne ne fut blessé.", Status.TRANSLATED, 1, null,
                "Ana", SourceHash.of(sourceText), null);
    }

    @Test
    void aUnitWhoseSentencesAreUnchangedIsNotFlagged() {
        assertFalse(translatedAgainst("The storm came. Nobody was hurt.").sourceChanged(TEXTS::get));
    }

    @Test
    void aUnitWhoseSentenceWasEditedIsFlaggedSourceChanged() {
        assertTrue(translatedAgainst("The storm came. Nobody was injured.").sourceChanged(TEXTS::get));
    }

    @Test
    void aUnitNeverTranslatedHasNoSourceToHaveChanged() {
        Unit fresh = new Unit("s1", List.of("s1"), "", Status.INITIAL, 0, null, null, null, null);
        assertFalse(fresh.sourceChanged(TEXTS::get));
    }
}
