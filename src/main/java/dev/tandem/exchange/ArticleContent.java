package dev.tandem.exchange;

import dev.tandem.model.Block;
import dev.tandem.model.BlockType;
import dev.tandem.model.CodedText;
import dev.tandem.model.LanguageTag;
import java.util.ArrayList;
import java.util.List;

/**
 * The translated article, block by block, with the inline codes of each text: what every article
 * writer (text, Markdown, HTML, DOCX) renders. A unit belongs to the block of its first segment; a
 * unit without a target falls back to its source, with the source's codes, and is counted, so the
 * user learns how much of the article is still untranslated.
 */
record ArticleContent(String title, String language, List<ArticleContent.Part> parts, int fallbacks) {

    /** One block of the article: its role and its text with codes. */
    record Part(BlockType type, CodedText text) {
    }

    ArticleContent {
        parts = List.copyOf(parts);
    }

    static ArticleContent of(ExportContext context) {
        List<Block> blocks = context.document().blocks();
        List<CodedText> texts = new ArrayList<>();
        blocks.forEach(block -> texts.add(null));
        int fallbacks = 0;
        String separator = LanguageTag.of(context.targetLanguage()).sentenceSeparator();
        for (BilingualUnit unit : context.units()) {
            if (unit.block() < 0 || unit.block() >= blocks.size()) {
                continue;
            }
            CodedText text = unit.hasTarget() ? unit.codedTarget() : unit.codedSource();
            if (!unit.hasTarget()) {
                fallbacks++;
            }
            CodedText block = texts.get(unit.block());
            texts.set(unit.block(), block == null || block.text().isEmpty() ? text
                    : text.text().isEmpty() ? block : block.append(separator, text));
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            CodedText text = texts.get(i);
            if (text != null && !text.text().isBlank()) {
                parts.add(new Part(blocks.get(i).type(), text));
            }
        }
        String title = parts.stream().filter(part -> part.type() == BlockType.TITLE).findFirst().map(part -> part.text().text().strip())
                .orElse(context.document().title() == null || context.document().title().isBlank() ? context.document().id()
                        : context.document().title());
        return new ArticleContent(title, context.targetLanguage(), parts, fallbacks);
    }
}
