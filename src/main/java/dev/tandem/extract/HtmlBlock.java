package dev.tandem.extract;

import dev.tandem.model.BlockType;

/**
 * A run of text between block boundaries of the page, with what the classifier needs: how much of
 * it is link text and which element holds it.
 */
record HtmlBlock(BlockType type, String text, int linkChars, HtmlNode owner) {

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    HtmlBlock withType(BlockType newType) {
        return new HtmlBlock(newType, text, linkChars, owner);
    }
}
