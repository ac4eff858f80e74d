package dev.tandem.model;

import java.util.Objects;

/**
 * One source sentence. {@code block} is the index of the block it belongs to; {@code start} and
 * {@code end} are offsets into {@link Document#text()}, so a segment can always be traced back.
 */
public record Segment(String id, int block, String text, int start, int end) {
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("segment offsets do not match its text: " + start + ".." + end);
        }
    }
}
