package dev.tandem.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One block of the normalized article: a title, heading, paragraph, list item, quote or caption.
 * {@code start} and {@code end} are offsets into {@link Document#text()}, where blocks are joined
 * by a blank line.
 */
public record Block(int index, BlockType type, String text, int start, int end) {

    /** Lays article blocks out one after another, a blank line apart, with their offsets. */
    public static List<Block> layout(List<ArticleBlock> articleBlocks) {
        List<Block> blocks = new ArrayList<>();
        int offset = 0;
        for (ArticleBlock block : articleBlocks) {
            if (!blocks.isEmpty()) {
                offset += Document.BLOCK_SEPARATOR.length();
            }
            blocks.add(new Block(blocks.size(), block.type(), block.text(), offset, offset + block.text().length()));
            offset += block.text().length();
        }
        return List.copyOf(blocks);
    }

    public Block {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("block offsets do not match its text: " + start + ".." + end);
        }
    }
}
