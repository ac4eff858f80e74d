package dev.tandem.model;

import java.util.List;
import java.util.Objects;

/**
 * One source sentence. {@code block} is the index of the block it belongs to; {@code start} and
 * {@code end} are offsets into {@link Document#text()}, so a segment can always be traced back.
 * {@code codes} are the inline codes (links, emphasis, line breaks) of the sentence, placed in its
 * text; the text itself is plain.
 */
public record Segment(String id, int block, String text, int start, int end, List<InlineCode> codes) {
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("segment offsets do not match its text: " + start + ".." + end);
        }
        codes = new CodedText(text, codes).codes();
    }

    /** A sentence without inline codes. */
    public Segment(String id, int block, String text, int start, int end) {
        this(id, block, text, start, end, List.of());
    }

    /** The sentence with its codes in place. */
    public CodedText coded() {
        return new CodedText(text, codes);
    }
}
