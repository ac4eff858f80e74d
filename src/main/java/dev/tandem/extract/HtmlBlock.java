package dev.tandem.extract;

import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import dev.tandem.model.InlineCode;
import java.util.List;

/**
 * A run of text between block boundaries of the page, with what the classifier needs: how much of
 * it is link text and which element holds it, and the inline codes placed in its text.
 */
record HtmlBlock(BlockType type, String text, int linkChars, HtmlNode owner, List<InlineCode> codes) {

    HtmlBlock {
        codes = List.copyOf(codes);
    }

    ArticleBlock article() {
        return new ArticleBlock(type, text, codes);
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    HtmlBlock withType(BlockType newType) {
        return new HtmlBlock(newType, text, linkChars, owner, codes);
    }
}
