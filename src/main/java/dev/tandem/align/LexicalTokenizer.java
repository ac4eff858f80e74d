package dev.tandem.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns sentences into the tokens lexical anchors are built from. Each token has a <em>form</em>
 * (case- and accent-folded text, used to learn the translation lexicon) and, when it can anchor,
 * a <em>key</em> shared across languages: numbers by their digits, words of four or more letters
 * by their first {@value #COGNATE_PREFIX} letters (so {@code Expedition}/{@code expédition} and
 * {@code Himalaya}/{@code himalayens} meet), and {@code ? ! ( )} and quotes by a mark. Han, kana
 * and Hangul runs become character bigrams. Both sides share one tokenizer so ids agree.
 */
final class LexicalTokenizer {

    static final int COGNATE_PREFIX = 5;
    static final int NO_KEY = -1;

    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    private final Vocabulary forms = new Vocabulary();
    private final Vocabulary keys = new Vocabulary();

    /** The tokens of one side: per sentence, parallel arrays of form ids and key ids, and its number keys (sorted). */
    record Tokens(int[][] forms, int[][] keys, int[][] numbers) {

        int sentenceCount() {
            return forms.length;
        }

        /** Tokens of sentence {@code s} that can anchor (have a key). */
        int anchorCount(int s) {
            int count = 0;
            for (int key : keys[s]) {
                if (key != NO_KEY) {
                    count++;
                }
            }
            return count;
        }
    }

    Tokens tokenize(List<String> sentences) {
        int[][] formIds = new int[sentences.size()][];
        int[][] keyIds = new int[sentences.size()][];
        int[][] numberIds = new int[sentences.size()][];
        List<String> formTexts = new ArrayList<>();
        List<String> keyTexts = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            formTexts.clear();
            keyTexts.clear();
            split(fold(sentences.get(s)), formTexts, keyTexts);
            numberIds[s] = keyTexts.stream().filter(key -> key != null && key.startsWith("#"))
                    .distinct().mapToInt(keys::id).sorted().toArray();
            formIds[s] = new int[formTexts.size()];
            keyIds[s] = new int[formTexts.size()];
            for (int t = 0; t < formTexts.size(); t++) {
                formIds[s][t] = forms.id(formTexts.get(t));
                String key = keyTexts.get(t);
                keyIds[s][t] = key == null ? NO_KEY : keys.id(key);
            }
        }
        return new Tokens(formIds, keyIds, numberIds);
    }

    /** Key id a target form would have, for a form text already folded; used for lexicon entries. */
    int keyOfWord(String foldedWord) {
        return keys.id(wordKey(foldedWord));
    }

    private static String wordKey(String word) {
        return word.length() >= COGNATE_PREFIX ? "w" + word.substring(0, COGNATE_PREFIX) : "=" + word;
    }

    int keyCount() {
        return keys.size();
    }

    private static String fold(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(compatible, Normalizer.Form.NFD)).replaceAll("");
    }

    private static void split(String text, List<String> formsOut, List<String> keysOut) {
        int k = 0;
        while (k < text.length()) {
            int cp = text.codePointAt(k);
            int width = Character.charCount(cp);
            if (LengthModel.isCjk(cp)) {
                int end = k;
                while (end < text.length() && LengthModel.isCjk(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                addBigrams(text.substring(k, end), formsOut, keysOut);
                k = end;
            } else if (Character.isDigit(cp)) {
                int end = k;
                while (end < text.length() && Character.isDigit(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String number = text.substring(k, end);
                formsOut.add(number);
                keysOut.add("#" + number);
                k = end;
            } else if (Character.isLetter(cp)) {
                int end = k;
                while (end < text.length() && Character.isLetter(text.codePointAt(end))
                        && !LengthModel.isCjk(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String word = text.substring(k, end);
                formsOut.add(word);
                keysOut.add(wordKey(word));
                k = end;
            } else {
                String mark = markKey(cp);
                if (mark != null) {
                    formsOut.add(mark);
                    keysOut.add(mark);
                }
                k += width;
            }
        }
    }

    private static void addBigrams(String run, List<String> formsOut, List<String> keysOut) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            String single = new String(cps, 0, 1);
            formsOut.add(single);
            keysOut.add("c" + single);
            return;
        }
        for (int c = 0; c + 1 < cps.length; c++) {
            String bigram = new String(cps, c, 2);
            formsOut.add(bigram);
            keysOut.add("c" + bigram);
        }
    }

    private static String markKey(int cp) {
        switch (cp) {
            case '?':
            case '!':
            case '(':
            case ')':
                return String.valueOf((char) cp);
            case '"':
            case '«':
            case '»':
            case '“':
            case '”':
            case '„':
            case '「':
            case '」':
            case '『':
            case '』':
                return "\"";
            default:
                return null;
        }
    }
}
