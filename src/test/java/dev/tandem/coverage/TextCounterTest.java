package dev.tandem.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.Measure;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCounterTest {

    @Test
    void englishNumbersHyphensAndContractionsAreCountedAsUax29Words() {
        String text = "It's 3.5 km to the well-known café — don't worry, 1,000 people came in 2024!";
        // It's · 3.5 · km · to · the · well · known · café · don't · worry · 1,000 · people · came · in · 2024
        assertEquals(new TextCount(15, 62), new TextCounter("en").count(text));
    }

    @Test
    void punctuationAndSpacesAloneAreNoWords() {
        assertEquals(new TextCount(0, 4), new TextCounter("en").count(" … — !? "));
    }

    @Test
    void germanCompoundsAreOneWordEach() {
        String text = "Die Donaudampfschifffahrtsgesellschaft und der Kraftfahrzeug-Haftpflichtversicherungsvertrag.";
        assertEquals(6, new TextCounter("de").count(text).words());
        assertEquals(text.replace(" ", "").length(), new TextCounter("de").count(text).characters());
    }

    @Test
    void japaneseCountsEveryNonSpaceCharacter() {
        // ICU's dictionary words (東京 · は · 日本 · の · 首都 · です) are reported, but characters are billed.
        assertEquals(new TextCount(6, 11), new TextCounter("ja").count("東京は日本の首都です。"));
        assertEquals(11, new TextCounter("ja").count("東京は 日本の 首都です。").characters());
    }

    @Test
    void chineseCountsEveryNonSpaceCharacter() {
        assertEquals(new TextCount(4, 8), new TextCounter("zh").count("我爱北京天安门。"));
    }

    @Test
    void thaiVowelSignsBelongToTheirConsonant() {
        // ส วั ส ดี ค รั บ: ten code points, seven characters as a reader sees them.
        assertEquals(7, new TextCounter("th").count("สวัสดีครับ").characters());
    }

    @Test
    void mixedScriptCountsLatinWordsAndJapaneseWordsTogether() {
        TextCount count = new TextCounter("en").count("Tandem は東京で作られた。 Version 2 is out.");
        // Tandem · は · 東京 · で · 作 · ら · れ · た · Version · 2 · is · out
        assertEquals(new TextCount(12, 29), count);
    }

    @Test
    void emptyTextCountsNothing() {
        assertEquals(TextCount.ZERO, new TextCounter("en").count(""));
    }

    @Test
    void scriptsWithoutSpacesAreMeasuredInCharacters() {
        assertEquals(Measure.CHARACTERS, MeasureChoice.forSource("ja", List.of("Tandem")));
        assertEquals(Measure.CHARACTERS, MeasureChoice.forSource("zh-Hant", List.of()));
        assertEquals(Measure.CHARACTERS, MeasureChoice.forSource("th", List.of()));
        assertEquals(Measure.WORDS, MeasureChoice.forSource("ko", List.of("안녕하세요 세계")));
        assertEquals(Measure.WORDS, MeasureChoice.forSource("en", List.of("Tandem は東京で作られた。 Version 2 is out.")));
        // A Chinese text imported as English is still counted by characters.
        assertEquals(Measure.CHARACTERS, MeasureChoice.forSource("en", List.of("我爱北京天安门。OK")));
    }
}
