package dev.tandem.segment;

import static dev.tandem.segment.Sentences.assertSentences;

import org.junit.jupiter.api.Test;

class EnglishRulesTest {

    @Test
    void honorificDoesNotEndSentence() {
        assertSentences("en", "Gen. Smith met Dr. Jones and Lt. Col. Brown at noon. They talked.",
                "Gen. Smith met Dr. Jones and Lt. Col. Brown at noon.", "They talked.");
    }

    @Test
    void honorificInCapitalsDoesNotEndSentence() {
        assertSentences("en", "DR. SMITH MET PROF. JONES. THEY TALKED.", "DR. SMITH MET PROF. JONES.", "THEY TALKED.");
    }

    @Test
    void monthAbbreviationBeforeDayDoesNotEndSentence() {
        assertSentences("en", "The vote is on Sept. 12 in Paris. It was moved.",
                "The vote is on Sept. 12 in Paris.", "It was moved.");
    }

    @Test
    void initialsDoNotEndSentence() {
        assertSentences("en", "The Hobbit was written by J. R. R. Tolkien in 1937. It sold well.",
                "The Hobbit was written by J. R. R. Tolkien in 1937.", "It sold well.");
    }

    @Test
    void countryAbbreviationEndsSentenceOnlyBeforeSentenceStart() {
        assertSentences("en", "I work for the U.S. Government in Virginia. I moved to the U.K. Then I left.",
                "I work for the U.S. Government in Virginia.", "I moved to the U.K.", "Then I left.");
    }

    @Test
    void timeOfDayAbbreviationKeepsSentenceTogether() {
        assertSentences("en", "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went home.",
                "At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went home.");
    }

    @Test
    void referenceAbbreviationsDoNotEndSentence() {
        assertSentences("en", "See No. 5 and Fig. 3, e.g. Paris vs. London, i.e. Europe. Then stop.",
                "See No. 5 and Fig. 3, e.g. Paris vs. London, i.e. Europe.", "Then stop.");
    }

    @Test
    void firstPersonIEndsSentenceButMiddleInitialDoesNot() {
        assertSentences("en", "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
                "We make a good team, you and I.", "Did you see Albert I. Jones yesterday?");
    }

    @Test
    void decimalsAndPricesDoNotBreak() {
        assertSentences("en", "She has $100.00 in her bag. Pi is 3.14159 or so.",
                "She has $100.00 in her bag.", "Pi is 3.14159 or so.");
    }

    @Test
    void urlsAndEmailAddressesStayWhole() {
        assertSentences("en", "Mail Jane.Doe@example.com. See https://example.com/a.b?q=1&Lang=en. Done.",
                "Mail Jane.Doe@example.com.", "See https://example.com/a.b?q=1&Lang=en.", "Done.");
    }

    @Test
    void ellipsisInsideSentenceDoesNotBreak() {
        assertSentences("en", "I wasn’t really ... well, what I mean...see . . . I didn’t mean it. Bye.",
                "I wasn’t really ... well, what I mean...see . . . I didn’t mean it.", "Bye.");
    }

    @Test
    void closingQuoteStaysWithSentence() {
        assertSentences("en", "She turned to him, \"This is great.\" She held the book out.",
                "She turned to him, \"This is great.\"", "She held the book out.");
    }

    @Test
    void closingParenthesisStaysWithSentence() {
        assertSentences("en", "He left early. (Nobody knew why.) The party went on.",
                "He left early.", "(Nobody knew why.)", "The party went on.");
    }

    @Test
    void exclamationInsideNameDoesNotBreakBeforeLowerCase() {
        assertSentences("en", "She works at Yahoo! in the accounting department.",
                "She works at Yahoo! in the accounting department.");
    }

    @Test
    void companyAbbreviationEndsSentenceBeforeSentenceStart() {
        assertSentences("en", "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
                "They closed the deal with Pitt, Briggs & Co.", "It closed yesterday.");
    }

    @Test
    void listItemsRunTogetherAreSplit() {
        assertSentences("en", "1. The first item 2. The second item", "1. The first item", "2. The second item");
        assertSentences("en", "a. The first item b. The second item", "a. The first item", "b. The second item");
    }

    @Test
    void lineBreakAlwaysEndsSegment() {
        assertSentences("en", "Contents\nChapter one by Dr.\nSmith met us.", "Contents", "Chapter one by Dr.", "Smith met us.");
    }
}
