package dev.tandem.extract;

import dev.tandem.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Never lose the body: the body region's blocks are checked against two independent extractions,
 * as trafilatura checks its own against its fallbacks. One is jusText's classification over the
 * whole page (furniture left out); the other is the publisher's own {@code articleBody} in
 * JSON-LD, when the page really shows that text. When the region holds much less prose than
 * either, it missed the article (a body split in ways the scoring did not follow, a comment
 * thread or a teaser list that outscored it) and the complete candidate is kept instead.
 */
final class BodyCandidates {

    /**
     * The region is kept while it holds at least this share of the JSON-LD body's prose, or of the
     * whole page's (which also holds comments and teasers, so more is needed to overrule).
     */
    private static final double ENOUGH_OF_JSON_LD = 0.5;
    private static final double ENOUGH_OF_PAGE = 1.0 / 3;
    /** Most of a JSON-LD body's words must be on the page: some sites put a teaser or another text there. */
    private static final double CONSISTENT = 0.8;
    private static final int MIN_JSON_LD_BODY = 400;
    private static final Set<BlockType> PROSE = Set.of(BlockType.PARAGRAPH, BlockType.LIST_ITEM, BlockType.QUOTE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private BodyCandidates() {
    }

    /**
     * The blocks to keep: {@code region} unless the JSON-LD body holds over twice its prose (then
     * that body's blocks on the page) or the whole page over three times (then the page's prose).
     */
    static List<HtmlBlock> choose(List<HtmlBlock> region, List<HtmlBlock> wholePage, List<HtmlBlock> allBlocks,
                                  String jsonLdBody) {
        long regionProse = prose(region);
        List<HtmlBlock> fromJsonLd = jsonLdBlocks(allBlocks, jsonLdBody);
        long jsonLdProse = fromJsonLd == null ? 0 : prose(fromJsonLd);
        if (fromJsonLd != null && regionProse < ENOUGH_OF_JSON_LD * jsonLdProse) {
            return fromJsonLd;
        }
        if (regionProse < ENOUGH_OF_PAGE * prose(wholePage)) {
            return wholePage;
        }
        return region;
    }

    static long prose(List<HtmlBlock> blocks) {
        long length = 0;
        for (HtmlBlock block : blocks) {
            if (PROSE.contains(block.type())) {
                length += block.text().length() - block.linkChars();
            }
        }
        return length;
    }

    /**
     * The page's blocks that belong to the JSON-LD body, in page order, when that body is long
     * and its words are (nearly all) on the page; null otherwise.
     */
    private static List<HtmlBlock> jsonLdBlocks(List<HtmlBlock> allBlocks, String jsonLdBody) {
        if (jsonLdBody == null || jsonLdBody.length() < MIN_JSON_LD_BODY) {
            return null;
        }
        String body = comparable(jsonLdBody);
        List<HtmlBlock> matching = new ArrayList<>();
        long covered = 0;
        for (HtmlBlock block : allBlocks) {
            String text = comparable(block.text());
            if (text.length() >= 20 && body.contains(text)) {
                matching.add(block);
                covered += text.length();
            }
        }
        return covered >= CONSISTENT * body.length() ? matching : null;
    }

    private static String comparable(String text) {
        StringBuilder words = new StringBuilder();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.append(matcher.group()).append(' ');
        }
        return words.toString();
    }
}
