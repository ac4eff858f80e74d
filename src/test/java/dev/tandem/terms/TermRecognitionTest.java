package dev.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermRecognitionTest {

    private final TermRecognizer recognizer = new TermRecognizer(new WordStemmer());

    private static Term term(String from, String to, String source, String target) {
        return new Term(source, null, from, to, source, target, null, null, TermStatus.PREFERRED, null);
    }

    private List<String> found(List<Term> terms, String language, String text) {
        return recognizer.sourceIndex(terms, language).find(text).stream()
                .map(match -> match.term().source() + "@" + match.start() + ":" + match.text()).toList();
    }

    @Test
    void englishPluralAndMultiwordTermsAreFoundWithOffsets() {
        List<Term> terms = List.of(term("en", "fr", "translation memory", "mémoire de traduction"), term("en", "fr", "file", "fichier"));
        assertEquals(List.of("translation memory@4:Translation memories", "file@30:files"),
                found(terms, "en", "Our Translation memories hold files."));
    }

    @Test
    void frenchInflectionsAndElidedArticlesAreFound() {
        List<Term> terms = List.of(term("fr", "en", "interface", "interface"), term("fr", "en", "mémoire de traduction", "translation memory"));
        assertEquals(List.of("interface@0:L'interface", "mémoire de traduction@23:mémoires de traduction"),
                found(terms, "fr", "L'interface montre les mémoires de traduction."));
    }

    @Test
    void germanCompoundPartsAreNotTermsButInflectionsAre() {
        List<Term> terms = List.of(term("de", "en", "Übersetzung", "translation"));
        assertEquals(List.of("Übersetzung@4:Übersetzungen"), found(terms, "de", "Die Übersetzungen sind fertig."));
        assertEquals(List.of(), found(terms, "de", "Der Übersetzungsspeicher ist leer."));
    }

    @Test
    void acronymsMatchOnlyInTheirCase() {
        List<Term> terms = List.of(term("en", "fr", "API", "API"));
        assertEquals(List.of("API@4:APIs"), found(terms, "en", "The APIs changed."));
        assertEquals(List.of(), found(terms, "en", "The api changed."));
    }

    @Test
    void longerTermWinsOverTheWordInsideIt() {
        List<Term> terms = List.of(term("en", "fr", "memory", "mémoire"), term("en", "fr", "translation memory", "mémoire de traduction"));
        assertEquals(List.of("translation memory@0:translation memory", "memory@27:memory"),
                found(terms, "en", "translation memory and its memory"));
    }

    @Test
    void chineseAndJapaneseTermsAreFoundAsRunsOfCharacters() {
        List<Term> chinese = List.of(term("zh", "en", "翻译记忆库", "translation memory"));
        assertEquals(List.of("翻译记忆库@1:翻译记忆库"), found(chinese, "zh", "用翻译记忆库。"));
        List<Term> japanese = List.of(term("ja", "en", "翻訳", "translation"));
        assertEquals(List.of("翻訳@0:翻訳"), found(japanese, "ja", "翻訳の品質"));
    }

    @Test
    void arabicTermIsFoundInRightToLeftText() {
        List<Term> terms = List.of(term("ar", "en", "ترجمة", "translation"));
        assertEquals(List.of("ترجمة@0:ترجمة"), found(terms, "ar", "ترجمة النص جيدة"));
    }

    @Test
    void polishTermsAreFoundInTheirInflectedForms() {
        List<Term> terms = List.of(term("pl", "en", "plik", "file"), term("pl", "en", "pamięć tłumaczeniowa", "translation memory"),
                term("pl", "en", "tłumacz", "translator"));
        assertEquals(List.of("plik@0:Plik"), found(terms, "pl", "Plik jest gotowy."));
        assertEquals(List.of("plik@7:plików"), found(terms, "pl", "Nie ma plików."));
        assertEquals(List.of("pamięć tłumaczeniowa@7:pamięci tłumaczeniowej", "tłumacz@30:tłumaczom"),
                found(terms, "pl", "Dzięki pamięci tłumaczeniowej tłumaczom idzie szybciej."));
        assertEquals(List.of("pamięć tłumaczeniowa@4:pamięcią tłumaczeniową"), found(terms, "pl", "Pod pamięcią tłumaczeniową."));
        // "tłumaczenie" (a translation) is also a form of tłumaczyć, as "tłumacz" is: the term is the noun.
        assertEquals(List.of(), found(terms, "pl", "Tłumaczenie jest gotowe."));
    }

    @Test
    void ukrainianTermsAreFoundInTheirInflectedForms() {
        List<Term> terms = List.of(term("uk", "en", "файл", "file"), term("uk", "en", "пам'ять перекладів", "translation memory"),
                term("uk", "en", "глосарій", "glossary"));
        assertEquals(List.of("файл@0:Файли"), found(terms, "uk", "Файли готові."));
        assertEquals(List.of("файл@10:файлів"), found(terms, "uk", "Немає цих файлів."));
        assertEquals(List.of("пам'ять перекладів@2:пам\u2019яті перекладів", "глосарій@23:глосарію"),
                found(terms, "uk", "У пам\u2019яті перекладів і глосарію."));
    }

    @Test
    void termsOfLanguagesWithoutStemmerStillMatchWordForWordInAnyCase() {
        List<Term> terms = List.of(term("cs", "en", "soubor", "file"));
        assertEquals(List.of("soubor@0:Soubor"), found(terms, "cs", "Soubor je hotový."));
    }
}
