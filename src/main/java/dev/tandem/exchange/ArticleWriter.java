package dev.tandem.exchange;

import dev.tandem.model.BlockType;
import java.util.ArrayList;
import java.util.List;

/**
 * The translated article as plain text or Markdown, blocks separated by a blank line. Plain text
 * is the text without codes; Markdown writes the codes as its own syntax ({@link MarkdownInline}).
 */
final class ArticleWriter {

    String write(ArticleContent article, boolean markdown) {
        List<String> rendered = new ArrayList<>();
        for (ArticleContent.Part part : article.parts()) {
            String text = markdown ? markdown(part) : part.text().text().strip();
            if (!text.isEmpty()) {
                rendered.add(text);
            }
        }
        return String.join("\n\n", rendered) + "\n";
    }

    private static String markdown(ArticleContent.Part part) {
        String prefix = switch (part.type()) {
            case TITLE -> "# ";
            case HEADING -> "## ";
            case LIST_ITEM -> "- ";
            case QUOTE -> "> ";
            case SUBTITLE, CAPTION, PARAGRAPH -> "";
        };
        // A heading is one line; a list item's or quote's next lines carry its indent or marker.
        String continuation = switch (part.type()) {
            case TITLE, HEADING -> null;
            case LIST_ITEM -> "  ";
            case QUOTE -> "> ";
            case SUBTITLE, CAPTION, PARAGRAPH -> "";
        };
        boolean oneLine = part.type() != BlockType.PARAGRAPH;
        String text = new MarkdownInline(continuation, oneLine).render(InlineTree.of(part.text())).strip();
        if (text.isEmpty()) {
            return "";
        }
        return switch (part.type()) {
            case SUBTITLE -> MarkdownInline.delimited("**", text);
            case CAPTION -> MarkdownInline.delimited("*", text);
            default -> prefix + text;
        };
    }
}
