package dev.tandem.segment;

import static dev.tandem.segment.Sentences.assertSentences;

import org.junit.jupiter.api.Test;

class AsianAndOtherScriptsTest {

    @Test
    void japaneseSentencesWithoutSpacesAreSplit() {
        assertSentences("ja", "これはペンです。それはマーカーです。", "これはペンです。", "それはマーカーです。");
    }

    @Test
    void japaneseClosingBracketStaysWithSentence() {
        assertSentences("ja", "彼は「行きます。」と言った。私は「待って！」と答えた。",
                "彼は「行きます。」と言った。", "私は「待って！」と答えた。");
    }

    @Test
    void japaneseQuotationEndingSentenceKeepsItsBracket() {
        assertSentences("ja", "彼は言った。「行きます。」それから出た。", "彼は言った。", "「行きます。」", "それから出た。");
    }

    @Test
    void japaneseFullWidthDecimalDoesNotBreak() {
        assertSentences("ja", "引き下げ幅は３．２９％以上です。２％台です。", "引き下げ幅は３．２９％以上です。", "２％台です。");
    }

    @Test
    void chineseSentencesWithoutSpacesAreSplit() {
        assertSentences("zh", "他们步入入境大厅。周怡安来自台中。", "他们步入入境大厅。", "周怡安来自台中。");
    }

    @Test
    void chineseExclamationInsideBookTitleIsNotABreak() {
        assertSentences("zh", "我们明天一起去看《摔跤吧！爸爸》好吗？好！", "我们明天一起去看《摔跤吧！爸爸》好吗？", "好！");
    }

    @Test
    void koreanSentencesAreSplitAtFullStops() {
        assertSentences("ko", "안녕하세요. 만나서 반갑습니다! 어디에서 오셨어요?", "안녕하세요.", "만나서 반갑습니다!", "어디에서 오셨어요?");
    }

    @Test
    void arabicQuestionMarkEndsSentence() {
        assertSentences("ar", "هل أنت بخير؟ أنا بخير. شكرا!", "هل أنت بخير؟", "أنا بخير.", "شكرا!");
    }

    @Test
    void hindiDandaEndsSentence() {
        assertSentences("hi", "सच्चाई यह है कि इसे कोई नहीं जानता। हो सकता है यह विद्रोह रहा हो।",
                "सच्चाई यह है कि इसे कोई नहीं जानता।", "हो सकता है यह विद्रोह रहा हो।");
    }
}
