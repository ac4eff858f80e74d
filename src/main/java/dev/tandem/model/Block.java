package dev.tandem.model;

import java.util.Objects;

/**
 * One block of the normalized article: a title, heading, paragraph, list item, quote or caption.
 * {@code start} and {@code end} are offsets into {@link Document#text()}, where blocks are joined
 * by a blank line.
 */
public record Block(int index, BlockType type, String text, int start, int end) {
    public Block {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("block offsets do not match its text: " + start + ".." + end);
        }
    }
}
