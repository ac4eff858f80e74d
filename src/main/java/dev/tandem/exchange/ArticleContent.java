package dev.tandem.exchange;

import dev.tandem.model.Block;
import dev.tandem.model.BlockType;
import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        int number = 0;
        for (BilingualUnit unit : context.units()) {
            if (unit.block() < 0 || unit.block() >= blocks.size()) {
                continue;
            }
            CodedText text = ownCodes(unit.hasTarget() ? unit.codedTarget() : unit.codedSource(), ++number);
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

    /**
     * A unit's codes kept to the unit within its block: every sentence numbers its codes from 1, so
     * the ids take the unit's place in front, and a pair a draft opened and did not close is closed
     * at the end of its sentence instead of running on through the next ones.
     */
    private static CodedText ownCodes(CodedText text, int unit) {
        if (!text.hasCodes()) {
            return text;
        }
        List<InlineCode> codes = new ArrayList<>();
        Set<String> open = new LinkedHashSet<>();
        for (InlineCode code : text.codes()) {
            String id = unit + ":" + code.id();
            if (code.kind() == InlineCode.Kind.OPEN) {
                open.add(id);
            } else if (code.kind() == InlineCode.Kind.CLOSE) {
                open.remove(id);
            }
            codes.add(code.withId(id));
        }
        List<String> unclosed = new ArrayList<>(open);
        for (int k = unclosed.size() - 1; k >= 0; k--) {
            codes.add(new InlineCode(unclosed.get(k), InlineCode.Kind.CLOSE, text.text().length(), InlineCode.OTHER, ""));
        }
        return new CodedText(text.text(), codes);
    }
}
