package dev.tandem.segment;

import static dev.tandem.segment.Sentences.assertSentences;

import org.junit.jupiter.api.Test;

class EuropeanRulesTest {

    @Test
    void germanOrdinalDateIsNotABreak() {
        assertSentences("de", "Die Wahl findet am 3. Oktober statt. Wir gehen hin.",
                "Die Wahl findet am 3. Oktober statt.", "Wir gehen hin.");
    }

    @Test
    void germanAbbreviationDoesNotEndSentence() {
        assertSentences("de", "Es gibt z. B. Äpfel und Dr. Müller kommt. Das ist gut.",
                "Es gibt z. B. Äpfel und Dr. Müller kommt.", "Das ist gut.");
    }

    @Test
    void germanClosingQuoteEndsSentence() {
        assertSentences("de", "Sie flüsterte: „Und auch keine Lust.“ Wir haben 1.000.000 Euro.",
                "Sie flüsterte: „Und auch keine Lust.“", "Wir haben 1.000.000 Euro.");
    }

    @Test
    void frenchTitleDoesNotEndSentence() {
        assertSentences("fr", "M. Dupont est arrivé. Mme Durand est partie.", "M. Dupont est arrivé.", "Mme Durand est partie.");
        assertSentences("fr", "Elle parle avec Mme. Leblanc du projet. Il écoute.",
                "Elle parle avec Mme. Leblanc du projet.", "Il écoute.");
    }

    @Test
    void frenchGuillemetsStayWithSentence() {
        assertSentences("fr", "Il a dit : « C’est fini. » Elle est partie.", "Il a dit : « C’est fini. »", "Elle est partie.");
    }

    @Test
    void spanishInvertedQuestionMarkStartsSentence() {
        assertSentences("es", "La máquina viajaba a 100 km/h. ¿En cuánto tiempo llegó? No sé.",
                "La máquina viajaba a 100 km/h.", "¿En cuánto tiempo llegó?", "No sé.");
    }

    @Test
    void spanishHonorificDoesNotEndSentence() {
        assertSentences("es", "La Sra. García habló con el Dr. Pérez. Luego se fue.",
                "La Sra. García habló con el Dr. Pérez.", "Luego se fue.");
    }

    @Test
    void italianTitleWithElisionDoesNotEndSentence() {
        assertSentences("it", "Salve Sig.ra Mengoni! È presente l'Avv. Cassioni? Sì.",
                "Salve Sig.ra Mengoni!", "È presente l'Avv. Cassioni?", "Sì.");
    }

    @Test
    void portugueseHonorificDoesNotEndSentence() {
        assertSentences("pt", "O Sr. Silva falou com a Dra. Costa. Depois saiu.",
                "O Sr. Silva falou com a Dra. Costa.", "Depois saiu.");
    }

    @Test
    void dutchSentenceStartingWithNumberIsABreak() {
        assertSentences("nl", "Hij schoot toen de missiles op hem af kwamen. 81 procent was raak.",
                "Hij schoot toen de missiles op hem af kwamen.", "81 procent was raak.");
    }

    @Test
    void dutchAbbreviationDoesNotEndSentence() {
        assertSentences("nl", "Er kwam dhr. Jansen, bijv. Maandag. Dat was fijn.",
                "Er kwam dhr. Jansen, bijv. Maandag.", "Dat was fijn.");
    }

    @Test
    void russianAbbreviationsDoNotEndSentence() {
        assertSentences("ru", "В 2010-2012 гг. Виктор посещал г. Волгоград неоднократно. Уважаемый проф. Семенов!",
                "В 2010-2012 гг. Виктор посещал г. Волгоград неоднократно.", "Уважаемый проф. Семенов!");
    }

    @Test
    void russianInitialsDoNotEndSentence() {
        assertSentences("ru", "Л. Н. Толстой написал роман. Он жил долго.", "Л. Н. Толстой написал роман.", "Он жил долго.");
    }

    @Test
    void ukrainianAbbreviationsDoNotEndSentence() {
        assertSentences("uk", "Він живе на вул. Шевченка з проф. Іваненком. Вони друзі.",
                "Він живе на вул. Шевченка з проф. Іваненком.", "Вони друзі.");
    }

    @Test
    void polishAbbreviationsDoNotEndSentence() {
        assertSentences("pl", "Spotkałem dr. Kowalskiego, np. Wtedy. To słowo bałt. jest skrótem. Koniec.",
                "Spotkałem dr. Kowalskiego, np. Wtedy.", "To słowo bałt. jest skrótem.", "Koniec.");
    }

    @Test
    void polishOrdinalDateIsNotABreak() {
        assertSentences("pl", "Było to 3. Maja w Krakowie. Potem wróciłem.", "Było to 3. Maja w Krakowie.", "Potem wróciłem.");
    }

    @Test
    void greekSemicolonIsAQuestionMark() {
        assertSentences("el", "Με συγχωρείτε· πού είναι οι τουαλέτες; Τις Κυριακές δε δούλευε κανένας.",
                "Με συγχωρείτε· πού είναι οι τουαλέτες;", "Τις Κυριακές δε δούλευε κανένας.");
    }

    @Test
    void greekDecimalCommaDoesNotBreak() {
        assertSentences("el", "Δούλευε κανένας. το κόστος ήταν £260.950,00.", "Δούλευε κανένας.", "το κόστος ήταν £260.950,00.");
    }
}
