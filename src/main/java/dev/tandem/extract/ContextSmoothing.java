package dev.tandem.extract;

import dev.tandem.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * jusText's block classification with context: a block is good prose when it is long, or of
 * medium length with many stop words; bad when it is mostly links; short and near-good blocks take
 * their class from the nearest decided neighbours. A short line between two bad blocks ("Updated
 * 3 min ago", "Advertisement") goes; a short sentence inside the story stays.
 */
final class ContextSmoothing {

    enum Quality { GOOD, BAD, NEAR_GOOD, SHORT }

    private static final int LENGTH_LOW = 70;
    private static final int LENGTH_HIGH = 200;
    private static final double STOPWORDS_LOW = 0.30;
    private static final double STOPWORDS_HIGH = 0.32;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…\"”»)]\\s*$");

    private final StopWords stopWords;

    ContextSmoothing(StopWords stopWords) {
        this.stopWords = stopWords;
    }

    List<Quality> classify(List<HtmlBlock> blocks, String language) {
        List<Quality> initial = new ArrayList<>();
        for (HtmlBlock block : blocks) {
            initial.add(initialQuality(block, language));
        }
        List<Quality> result = new ArrayList<>(initial);
        for (int i = 0; i < blocks.size(); i++) {
            Quality quality = initial.get(i);
            if (quality == Quality.SHORT) {
                Quality before = neighbour(initial, i, -1);
                Quality after = neighbour(initial, i, 1);
                result.set(i, before == Quality.BAD || after == Quality.BAD
                        ? (before == Quality.BAD && after == Quality.BAD ? Quality.BAD : mixedShort(blocks.get(i)))
                        : Quality.GOOD);
            } else if (quality == Quality.NEAR_GOOD) {
                Quality before = neighbour(initial, i, -1);
                Quality after = neighbour(initial, i, 1);
                result.set(i, before == Quality.BAD && after == Quality.BAD ? Quality.BAD : Quality.GOOD);
            }
        }
        return result;
    }

    /** A short block between prose and furniture stays only when it reads as a sentence or a heading. */
    private static Quality mixedShort(HtmlBlock block) {
        return block.type() == BlockType.HEADING || SENTENCE_END.matcher(block.text()).find()
                ? Quality.GOOD : Quality.BAD;
    }

    private Quality initialQuality(HtmlBlock block, String language) {
        String text = block.text();
        if (block.linkDensity() > MAX_LINK_DENSITY) {
            return Quality.BAD;
        }
        if (text.length() < LENGTH_LOW && block.type() != BlockType.HEADING) {
            return Quality.SHORT;
        }
        if (block.type() == BlockType.HEADING) {
            return Quality.SHORT;
        }
        double density = stopWords.density(text, language);
        if (density < 0) {
            return text.length() > LENGTH_HIGH || SENTENCE_END.matcher(text).find() ? Quality.GOOD : Quality.NEAR_GOOD;
        }
        if (density >= STOPWORDS_HIGH) {
            return Quality.GOOD;
        }
        if (text.length() > LENGTH_HIGH) {
            // Inside the body region a long block is a schedule, a table or a list of facts
            // rather than furniture, even with few stop words.
            return density >= STOPWORDS_LOW / 2 ? Quality.GOOD : Quality.NEAR_GOOD;
        }
        return density >= STOPWORDS_LOW / 2 ? Quality.NEAR_GOOD : Quality.BAD;
    }

    /** The nearest neighbour that is decided (good or bad); the edges of the region count as good. */
    private static Quality neighbour(List<Quality> qualities, int index, int step) {
        for (int i = index + step; i >= 0 && i < qualities.size(); i += step) {
            Quality quality = qualities.get(i);
            if (quality == Quality.GOOD || quality == Quality.BAD) {
                return quality;
            }
        }
        return Quality.GOOD;
    }
}
