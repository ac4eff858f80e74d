package dev.tandem.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationCorpusTest {

    private static TranslationCorpus.Entry entry(String document, String unit, String source, String target) {
        return new TranslationCorpus.Entry(document, unit, source, target);
    }

    private static List<String> targetsFor(TranslationCorpus corpus, String source) {
        return corpus.sameSource(Checked.unit("en", "fr", source, "")).stream().map(TranslationCorpus.Entry::target).toList();
    }

    @Test
    void aSavedUnitReplacesItsEarlierTranslationAndAnEmptiedOneLeaves() {
        TranslationCorpus corpus = new TranslationCorpus(List.of(entry("a", "u1", "Save the file.", "Enregistrez le fichier.")));
        corpus.put(entry("a", "u1", "Save the file.", "Sauvegardez le fichier."));
        assertEquals(List.of("Sauvegardez le fichier."), targetsFor(corpus, "Save the file."));
        assertEquals(List.of(), corpus.sameTarget(Checked.unit("en", "fr", "Other.", "Enregistrez le fichier.")));
        corpus.put(entry("a", "u1", "Save the file.", ""));
        assertEquals(List.of(), targetsFor(corpus, "Save the file."));
        assertEquals(0, corpus.size());
    }

    @Test
    void aDocumentTakenOutTakesOnlyItsOwnUnits() {
        TranslationCorpus corpus = new TranslationCorpus(List.of(entry("a", "u1", "Save the file.", "Enregistrez le fichier."),
                entry("b", "u1", "Save the file.", "Sauvegardez le fichier.")));
        corpus.removeDocument("a");
        assertEquals(List.of("Sauvegardez le fichier."), targetsFor(corpus, "Save the file."));
    }

    @Test
    void lengthLearntUnitByUnitIsTheLengthLearntAtOnce() {
        List<TranslationCorpus.Entry> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.add(entry("d", "u" + i, "This is source sentence number " + i + " of the store.",
                    "Ceci est la phrase source numéro " + i + (i % 3 == 0 ? " du magasin, un peu plus longue." : " du magasin.")));
        }
        TranslationCorpus incremental = TranslationCorpus.empty();
        all.forEach(incremental::put);
        for (int i = 0; i < 20; i++) {
            incremental.remove("d", "u" + i);
        }
        LengthModel expected = new TranslationCorpus(all.subList(20, 60)).length();
        LengthModel learnt = incremental.length();
        assertEquals(expected.learntFrom(), learnt.learntFrom());
        assertEquals(expected.mean(), learnt.mean(), 1e-9);
        assertEquals(expected.spread(), learnt.spread(), 1e-9);
    }
}
