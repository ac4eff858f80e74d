package dev.tandem.model;

import java.util.List;
import java.util.Objects;

/**
 * A block of an article before offsets are assigned: what extraction and normalization pass on.
 * {@code text} is plain; {@code codes} are its inline codes (links, emphasis, line breaks) placed in it.
 */
public record ArticleBlock(BlockType type, String text, List<InlineCode> codes) {
    public ArticleBlock {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        codes = new CodedText(text, codes).codes();
    }

    public ArticleBlock(BlockType type, String text) {
        this(type, text, List.of());
    }

    public ArticleBlock(BlockType type, CodedText coded) {
        this(type, coded.text(), coded.codes());
    }

    public CodedText coded() {
        return new CodedText(text, codes);
    }

    public ArticleBlock withType(BlockType newType) {
        return new ArticleBlock(newType, text, codes);
    }
}
