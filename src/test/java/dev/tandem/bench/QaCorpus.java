package dev.tandem.bench;

import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translations for the QA benchmark, each set with its glossary: 60 English sentences with French
 * translations written for it and checked by hand ({@code bench/qa}), and the 1:1 beads of the
 * Text+Berg development document (Swiss Alpine Club yearbook 1956, German → French, a published
 * and OCR'd translation) with the corpus' tokenization undone as each language writes it, and a
 * small glossary of its mountaineering terms.
 */
final class QaCorpus {

    record Pair(String source, String target) {
    }

    /** Pairs of one language pair and the glossary that goes with them. */
    record Set(String name, String from, String to, List<Pair> pairs, List<Term> glossary) {
    }

    private static final String DATA = "/bench/alignment/";
    private static final Pattern BEAD = Pattern.compile("\\[(\\d+)]:\\[(\\d+)]");
    /** Lines too short to be sentences (photo credits, page furniture). */
    private static final int MINIMUM_LENGTH = 20;

    private QaCorpus() {
    }

    /** The hand-written English → French set: correct by construction, so every finding on it is a false alarm. */
    static Set handWritten() {
        List<Pair> pairs = new ArrayList<>();
        for (String line : lines("/bench/qa/clean-en-fr.tsv")) {
            if (!line.isBlank()) {
                String[] cells = line.split("\t");
                pairs.add(new Pair(cells[0], cells[1]));
            }
        }
        List<Term> glossary = new ArrayList<>();
        for (String line : lines("/bench/qa/glossary-en-fr.tsv")) {
            if (!line.isBlank()) {
                String[] cells = line.split("\t");
                glossary.add(new Term("g" + glossary.size(), null, "en", "fr", cells[0], cells[1], null, null, TermStatus.PREFERRED, null));
            }
        }
        return new Set("hand-written en→fr", "en", "fr", pairs, glossary);
    }

    static Set textBerg() {
        return new Set("Text+Berg de→fr", "de", "fr", textBergPairs(), glossary());
    }

    static List<Pair> textBergPairs() {
        List<String> german = lines(DATA + "dev.de");
        List<String> french = lines(DATA + "dev.fr");
        List<Pair> pairs = new ArrayList<>();
        for (String bead : lines(DATA + "dev.gold")) {
            Matcher oneToOne = BEAD.matcher(bead.strip());
            if (!oneToOne.matches()) {
                continue;
            }
            String source = detokenize(german.get(Integer.parseInt(oneToOne.group(1))), false);
            String target = detokenize(french.get(Integer.parseInt(oneToOne.group(2))), true);
            if (source.length() >= MINIMUM_LENGTH && target.length() >= MINIMUM_LENGTH) {
                pairs.add(new Pair(source, target));
            }
        }
        return pairs;
    }

    /** The benchmark glossary (German → French), as a terminologist would draw it from this yearbook. */
    private static List<Term> glossary() {
        String[][] entries = {{"Gipfel", "sommet"}, {"Expedition", "expédition"}, {"Lager", "camp"}, {"Gletscher", "glacier"},
            {"Träger", "porteur"}, {"Grat", "arête"}, {"Basislager", "camp de base"}, {"Wand", "paroi"}, {"Sherpa", "sherpa"}};
        List<Term> terms = new ArrayList<>();
        for (String[] entry : entries) {
            terms.add(new Term("t" + terms.size(), null, "de", "fr", entry[0], entry[1], "noun", null, TermStatus.PREFERRED, null));
        }
        return terms;
    }

    static String detokenize(String tokenized, boolean french) {
        String text = tokenized.strip()
                .replaceAll(" ([.,)\\]])", "$1")
                .replaceAll("([(\\[]) ", "$1")
                .replaceAll(" ?' ?", "'");
        if (french) {
            return text.replaceAll(" ([;!?])", "\u202F$1").replaceAll(" :", "\u00A0:")
                    .replaceAll("« ", "«\u202F").replaceAll(" »", "\u202F»");
        }
        return text.replaceAll(" ([;:!?])", "$1").replaceAll("« ", "«").replaceAll(" »", "»");
    }

    private static List<String> lines(String name) {
        try (InputStream input = QaCorpus.class.getResourceAsStream(name)) {
            return List.of(new String(input.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
