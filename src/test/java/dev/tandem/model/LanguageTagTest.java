package dev.tandem.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageTagTest {

    @Test
    void tagsAreCanonicalised() {
        assertEquals("pt-BR", LanguageTag.of("pt_br").tag());
        assertEquals("zh-Hant", LanguageTag.of(" zh-hant ").tag());
        assertEquals("pt", LanguageTag.of("pt-BR").language());
    }

    @Test
    void malformedTagsAreRefusedWithAMessage() {
        for (String bad : new String[] {"", "12", "not_a_lang!", "source"}) {
            TandemException error = assertThrows(TandemException.class, () -> LanguageTag.of(bad), bad);
            assertEquals(TandemException.Kind.BAD_INPUT, error.kind());
        }
    }

    @Test
    void chineseAndJapaneseSentencesAreJoinedWithoutASpaceThaiWithOne() {
        assertEquals("", LanguageTag.of("ja").sentenceSeparator());
        assertEquals("", LanguageTag.of("zh-Hant").sentenceSeparator());
        assertEquals(" ", LanguageTag.of("th").sentenceSeparator());
        assertEquals(" ", LanguageTag.of("fr").sentenceSeparator());
    }

    @Test
    void languagesWithoutWordSpacesIncludeThaiButNotKorean() {
        assertTrue(LanguageTag.of("th").writtenWithoutWordSpaces());
        assertTrue(LanguageTag.of("ja").writtenWithoutWordSpaces());
        assertFalse(LanguageTag.of("ko").writtenWithoutWordSpaces());
        assertFalse(LanguageTag.of("en").writtenWithoutWordSpaces());
    }
}
