package dev.tandem.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a source text and a "translation" with known beads. The translation maps short words to
 * unrelated words (letters reversed plus an ending), long words to cognates (same stem, another
 * ending, like Expedition/expédition) and keeps numbers and names, as real translations do.
 */
final class SyntheticTranslation {

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();
    final List<String> source = new ArrayList<>();
    final List<String> target = new ArrayList<>();
    final List<Bead> beads = new ArrayList<>();

    SyntheticTranslation(long seed) {
        random = new Random(seed);
        for (int w = 0; w < 400; w++) {
            vocabulary.add(randomWord(3 + random.nextInt(7)));
        }
    }

    SyntheticTranslation oneToOne(int count) {
        for (int k = 0; k < count; k++) {
            String sentence = sentence();
            add(List.of(sentence), List.of(translate(sentence)));
        }
        return this;
    }

    /** One source sentence translated as two. */
    SyntheticTranslation oneToTwo() {
        String first = sentence();
        String second = sentence();
        String joined = first.substring(0, first.length() - 1) + ", " + lowerFirst(second);
        add(List.of(joined), List.of(translate(first), translate(second)));
        return this;
    }

    /** Two source sentences translated as one. */
    SyntheticTranslation twoToOne() {
        String first = sentence();
        String second = sentence();
        String joined = translate(first);
        joined = joined.substring(0, joined.length() - 1) + ", " + lowerFirst(translate(second));
        add(List.of(first, second), List.of(joined));
        return this;
    }

    /** A source sentence left untranslated. */
    SyntheticTranslation oneToZero() {
        add(List.of(sentence()), List.of());
        return this;
    }

    /** A target sentence with no source (a translator's note). */
    SyntheticTranslation zeroToOne() {
        add(List.of(), List.of(translate(sentence())));
        return this;
    }

    private void add(List<String> sourceSentences, List<String> targetSentences) {
        beads.add(new Bead(source.size(), source.size() + sourceSentences.size(),
                target.size(), target.size() + targetSentences.size(), 1.0));
        source.addAll(sourceSentences);
        target.addAll(targetSentences);
    }

    private String sentence() {
        int words = 6 + random.nextInt(18);
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                out.append(' ');
            }
            int kind = random.nextInt(20);
            if (kind == 0) {
                out.append(1 + random.nextInt(3000));
            } else if (kind == 1) {
                out.append(Character.toUpperCase(vocabulary.get(random.nextInt(40)).charAt(0)))
                        .append("zor").append(random.nextInt(50));
            } else {
                out.append(vocabulary.get(40 + random.nextInt(vocabulary.size() - 40)));
            }
        }
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.append(random.nextInt(10) == 0 ? "?" : ".").toString();
    }

    private static String translate(String sentence) {
        String body = sentence.substring(0, sentence.length() - 1);
        char end = sentence.charAt(sentence.length() - 1);
        StringBuilder out = new StringBuilder();
        for (String word : body.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean keep = Character.isDigit(word.charAt(0)) || word.matches("[A-Z].*zor\\d+");
            if (keep) {
                out.append(word);
            } else if (word.length() >= 7) {
                out.append(word.toLowerCase(), 0, 6).append("ique");
            } else {
                out.append(new StringBuilder(word.toLowerCase()).reverse()).append("ek");
            }
        }
        return out.append(end).toString();
    }

    private String randomWord(int length) {
        StringBuilder word = new StringBuilder();
        for (int c = 0; c < length; c++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String lowerFirst(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
