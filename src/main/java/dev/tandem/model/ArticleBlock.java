package dev.tandem.model;

import java.util.Objects;

/** A block of an article before offsets are assigned: what extraction and normalization pass on. */
public record ArticleBlock(BlockType type, String text) {
    public ArticleBlock {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }
}
