package dev.tandem.extract;

import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text has no markup, so its structure is in the lines: a blank line ends a paragraph,
 * a line starting with a bullet or a number is a list item, and other consecutive lines are one
 * wrapped paragraph. A text without a single blank line has one paragraph per line.
 */
final class PlainTextBlocks {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R[\\t \\u00A0]*\\R");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•◦▪‣●○■□–—*-]|\\d{1,3}[.)])\\s+");

    List<ArticleBlock> split(List<ArticleBlock> parsed) {
        List<ArticleBlock> blocks = new ArrayList<>();
        for (ArticleBlock block : parsed) {
            boolean linePerParagraph = !BLANK_LINE.matcher(block.text()).find();
            StringBuilder paragraph = new StringBuilder();
            for (String line : block.text().split("\\R", -1)) {
                boolean bullet = BULLET.matcher(line).find();
                if (line.isBlank() || linePerParagraph || bullet) {
                    emit(blocks, BlockType.PARAGRAPH, paragraph);
                }
                if (bullet) {
                    paragraph.append(BULLET.matcher(line).replaceFirst(""));
                    emit(blocks, BlockType.LIST_ITEM, paragraph);
                } else if (!line.isBlank()) {
                    if (paragraph.length() > 0) {
                        paragraph.append('\n');
                    }
                    paragraph.append(line);
                }
            }
            emit(blocks, BlockType.PARAGRAPH, paragraph);
        }
        return blocks;
    }

    private static void emit(List<ArticleBlock> blocks, BlockType type, StringBuilder text) {
        if (!text.toString().isBlank()) {
            blocks.add(new ArticleBlock(type, text.toString()));
        }
        text.setLength(0);
    }
}
