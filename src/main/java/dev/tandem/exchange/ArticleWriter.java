package dev.tandem.exchange;

import dev.tandem.model.Block;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The translated article rebuilt with the document's blocks, as plain text or Markdown. A unit
 * belongs to the block of its first segment; a unit without a target falls back to its source and
 * is counted, so the user learns how much of the article is still untranslated.
 */
final class ArticleWriter {

    private static final Pattern MARKDOWN_INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|])");
    private static final Pattern MARKDOWN_LINE_START = Pattern.compile("(?m)^(\\s*)([#>+\\-=]|\\d+[.)])");

    /** The article's text and how many units fell back to the source. */
    record Article(String text, int fallbacks) {
    }

    Article write(ExportContext context, boolean markdown) {
        List<Block> blocks = context.document().blocks();
        List<StringBuilder> texts = new ArrayList<>();
        blocks.forEach(block -> texts.add(new StringBuilder()));
        int fallbacks = 0;
        String separator = LanguageTag.of(context.targetLanguage()).sentenceSeparator();
        for (BilingualUnit unit : context.units()) {
            if (unit.block() < 0 || unit.block() >= blocks.size()) {
                continue;
            }
            String text = unit.hasTarget() ? unit.target() : unit.source();
            if (!unit.hasTarget()) {
                fallbacks++;
            }
            StringBuilder block = texts.get(unit.block());
            if (block.length() > 0 && !text.isEmpty()) {
                block.append(separator);
            }
            block.append(text);
        }
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String text = texts.get(i).toString().strip();
            if (!text.isEmpty()) {
                rendered.add(markdown ? markdown(blocks.get(i).type(), text) : text);
            }
        }
        return new Article(String.join("\n\n", rendered) + "\n", fallbacks);
    }

    private static String markdown(BlockType type, String text) {
        String escaped = MARKDOWN_LINE_START.matcher(MARKDOWN_INLINE.matcher(text).replaceAll("\\\\$1")).replaceAll("$1\\\\$2");
        String oneLine = escaped.replaceAll("\\s*\\R\\s*", " ");
        return switch (type) {
            case TITLE -> "# " + oneLine;
            case SUBTITLE -> "**" + oneLine + "**";
            case HEADING -> "## " + oneLine;
            case LIST_ITEM -> "- " + oneLine;
            case QUOTE -> "> " + oneLine;
            case CAPTION -> "*" + oneLine + "*";
            case PARAGRAPH -> escaped;
        };
    }
}
