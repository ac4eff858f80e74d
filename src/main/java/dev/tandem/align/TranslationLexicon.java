package dev.tandem.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small source-word → target-word lexicon learned from the confident 1:1 beads of the first pass,
 * as hunalign does: word pairs that co-occur in at least {@value #MIN_COOCCURRENCE} beads with a Dice
 * coefficient of at least {@value #MIN_DICE}. Pairs already sharing an anchor key are skipped; they
 * match anyway.
 */
final class TranslationLexicon {

    static final int MIN_COOCCURRENCE = 2;
    static final double MIN_DICE = 0.5;
    static final int MAX_TRANSLATIONS = 3;
    /** Learning looks at this many beads at most, spread evenly over the document. */
    static final int MAX_BEADS = 5000;

    private final Map<Integer, int[]> targetKeysBySourceForm;

    private TranslationLexicon(Map<Integer, int[]> targetKeysBySourceForm) {
        this.targetKeysBySourceForm = targetKeysBySourceForm;
    }

    int size() {
        return targetKeysBySourceForm.size();
    }

    static TranslationLexicon learn(List<Bead> beads, LexicalTokenizer.Tokens source, LexicalTokenizer.Tokens target) {
        int step = Math.max(1, (beads.size() + MAX_BEADS - 1) / MAX_BEADS);
        Map<Integer, Integer> sourceFrequency = new HashMap<>();
        Map<Integer, Integer> targetFrequency = new HashMap<>();
        Map<Long, Integer> together = new HashMap<>();
        Map<Integer, Integer> keyOfTargetForm = new HashMap<>();
        Map<Integer, Integer> keyOfSourceForm = new HashMap<>();
        for (int k = 0; k < beads.size(); k += step) {
            Bead bead = beads.get(k);
            int[] sourceForms = distinctForms(source, bead.sourceStart(), keyOfSourceForm);
            int[] targetForms = distinctForms(target, bead.targetStart(), keyOfTargetForm);
            for (int s : sourceForms) {
                sourceFrequency.merge(s, 1, Integer::sum);
            }
            for (int t : targetForms) {
                targetFrequency.merge(t, 1, Integer::sum);
            }
            for (int s : sourceForms) {
                for (int t : targetForms) {
                    together.merge(((long) s << 32) | t, 1, Integer::sum);
                }
            }
        }
        Map<Integer, List<double[]>> candidates = new TreeMap<>();
        for (Map.Entry<Long, Integer> entry : together.entrySet()) {
            int count = entry.getValue();
            if (count < MIN_COOCCURRENCE) {
                continue;
            }
            int s = (int) (entry.getKey() >>> 32);
            int t = (int) (entry.getKey() & 0xffffffffL);
            int targetKey = keyOfTargetForm.get(t);
            if (targetKey == LexicalTokenizer.NO_KEY || targetKey == keyOfSourceForm.get(s)) {
                continue;
            }
            double dice = 2.0 * count / (sourceFrequency.get(s) + targetFrequency.get(t));
            if (dice >= MIN_DICE) {
                candidates.computeIfAbsent(s, x -> new ArrayList<>()).add(new double[] {dice, targetKey});
            }
        }
        Map<Integer, int[]> lexicon = new HashMap<>();
        for (Map.Entry<Integer, List<double[]>> entry : candidates.entrySet()) {
            List<double[]> options = entry.getValue();
            // Ties broken by key id so the result never depends on hash order.
            options.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
            int[] keys = options.stream().limit(MAX_TRANSLATIONS).mapToInt(o -> (int) o[1]).distinct().toArray();
            lexicon.put(entry.getKey(), keys);
        }
        return new TranslationLexicon(lexicon);
    }

    private static int[] distinctForms(LexicalTokenizer.Tokens tokens, int sentence, Map<Integer, Integer> keyOfForm) {
        int[] forms = tokens.forms()[sentence];
        int[] keys = tokens.keys()[sentence];
        for (int t = 0; t < forms.length; t++) {
            keyOfForm.putIfAbsent(forms[t], keys[t]);
        }
        return java.util.Arrays.stream(forms).distinct().toArray();
    }

    /** Per source sentence, per token: its own key (if any) followed by its learned translations. */
    int[][][] expand(LexicalTokenizer.Tokens source) {
        int[][][] expanded = new int[source.sentenceCount()][][];
        for (int s = 0; s < expanded.length; s++) {
            int[] forms = source.forms()[s];
            int[] keys = source.keys()[s];
            expanded[s] = new int[forms.length][];
            for (int t = 0; t < forms.length; t++) {
                int[] translations = targetKeysBySourceForm.getOrDefault(forms[t], new int[0]);
                int[] own = keys[t] == LexicalTokenizer.NO_KEY ? new int[0] : new int[] {keys[t]};
                int[] all = new int[own.length + translations.length];
                System.arraycopy(own, 0, all, 0, own.length);
                System.arraycopy(translations, 0, all, own.length, translations.length);
                expanded[s][t] = all;
            }
        }
        return expanded;
    }

    /** The keys of each token alone, for the first pass. */
    static int[][][] ownKeys(LexicalTokenizer.Tokens source) {
        return new TranslationLexicon(Map.of()).expand(source);
    }
}
