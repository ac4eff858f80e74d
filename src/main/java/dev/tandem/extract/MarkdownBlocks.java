package dev.tandem.extract;

import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import dev.tandem.model.CodedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tika reads Markdown as plain text; the structure is in the line prefixes: {@code #} headings,
 * {@code -}/{@code *}/{@code 1.} list items, {@code >} quotes, blank lines between paragraphs.
 * Inline markup (links, emphasis, code, hard line breaks) becomes inline codes ({@link MarkdownSpans}).
 */
final class MarkdownBlocks {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");

    private final MarkdownSpans spans = new MarkdownSpans();

    List<ArticleBlock> split(List<ArticleBlock> parsed) {
        List<ArticleBlock> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        BlockType paragraphType = BlockType.PARAGRAPH;
        for (ArticleBlock block : parsed) {
            for (String line : block.text().split("\\R", -1)) {
                BlockType lineType = null;
                String content = line;
                if (HEADING.matcher(line).find()) {
                    lineType = BlockType.HEADING;
                    content = HEADING.matcher(line).replaceFirst("").replaceAll("\\s#+\\s*$", "");
                } else if (LIST_ITEM.matcher(line).find()) {
                    lineType = BlockType.LIST_ITEM;
                    content = LIST_ITEM.matcher(line).replaceFirst("");
                } else if (QUOTE.matcher(line).find()) {
                    content = QUOTE.matcher(line).replaceFirst("");
                    if (paragraphType != BlockType.QUOTE) {
                        emit(blocks, paragraphType, paragraph);
                    }
                    paragraphType = BlockType.QUOTE;
                    append(paragraph, content);
                    continue;
                }
                if (line.isBlank() || lineType != null || line.matches("^\\s*(?:---+|\\*\\*\\*+|===+)\\s*$")) {
                    emit(blocks, paragraphType, paragraph);
                    paragraphType = BlockType.PARAGRAPH;
                }
                if (lineType != null) {
                    CodedText inline = inline(content);
                    if (!inline.text().isBlank()) {
                        blocks.add(new ArticleBlock(lineType, inline));
                    }
                } else if (!line.isBlank() && !line.matches("^\\s*(?:---+|\\*\\*\\*+|===+)\\s*$")) {
                    append(paragraph, content);
                }
            }
            emit(blocks, paragraphType, paragraph);
        }
        return blocks;
    }

    /** The line's spaces at its end stay: two of them are a hard line break. */
    private static void append(StringBuilder paragraph, String line) {
        if (paragraph.length() > 0) {
            paragraph.append('\n');
        }
        paragraph.append(line.stripLeading());
    }

    private void emit(List<ArticleBlock> blocks, BlockType type, StringBuilder text) {
        if (!text.toString().isBlank()) {
            CodedText inline = inline(text.toString());
            if (!inline.text().isBlank()) {
                blocks.add(new ArticleBlock(type, inline));
            }
        }
        text.setLength(0);
    }

    private CodedText inline(String text) {
        return spans.read(text);
    }
}
