package dev.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The allocation-free abbreviation look-up answers exactly what the word lists say, in any case. */
class AbbreviationIndexTest {

    private final LanguageProfiles profiles = new LanguageProfiles();

    @Test
    void everyListedAbbreviationIsFoundWrittenInAnyCase() {
        int checked = 0;
        for (String language : LanguageProfiles.BUILT_IN) {
            LanguageProfile profile = profiles.forLanguage(language);
            AbbreviationIndex index = new AbbreviationIndex(profile.abbreviations());
            for (var entry : profile.abbreviations().entrySet()) {
                String word = entry.getKey();
                for (String written : new String[] {word, word.toUpperCase(Locale.ROOT), capitalized(word)}) {
                    String text = "« " + written + ". »";
                    if (written.toLowerCase(Locale.ROOT).equals(word)) {
                        assertEquals(entry.getValue(), index.find(text, 2, 2 + written.length()), () -> language + ": " + written);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 500, "checked " + checked);
    }

    @Test
    void wordsThatAreNotListedAreNotAbbreviations() {
        AbbreviationIndex english = new AbbreviationIndex(profiles.forLanguage("en").abbreviations());
        for (String word : new String[] {"Drs.x", "D", "Drr", "Doctor", "house", "etcetera", "Ü", "проф", "U.S.S"}) {
            assertNull(english.find(word, 0, word.length()), word);
        }
        AbbreviationIndex russian = new AbbreviationIndex(profiles.forLanguage("ru").abbreviations());
        assertEquals(LanguageProfile.AbbreviationKind.TITLE, russian.find("ПРОФ", 0, 4));
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
