package dev.tandem.model;

import java.util.List;
import java.util.Map;

/**
 * An extracted article: its blocks in reading order and what is known about it. {@code language}
 * is a BCP 47 tag or null when unknown (nothing declared and the text not identified with
 * confidence); {@code languageEvidence} says where it came from; {@code metadata} holds extras
 * such as author, date, site name or canonical URL.
 */
public record Article(String title, String language, String mediaType, Map<String, String> metadata,
                      List<ArticleBlock> blocks, LanguageEvidence languageEvidence) {
    public Article {
        metadata = Map.copyOf(metadata);
        blocks = List.copyOf(blocks);
        if (languageEvidence == null) {
            languageEvidence = language == null ? LanguageEvidence.none() : LanguageEvidence.declaredOnly(language);
        }
    }

    /** An article whose language is as declared (or unknown), with no identification behind it. */
    public Article(String title, String language, String mediaType, Map<String, String> metadata,
                   List<ArticleBlock> blocks) {
        this(title, language, mediaType, metadata, blocks, null);
    }

    public Article withBlocks(List<ArticleBlock> newBlocks) {
        return new Article(title, language, mediaType, metadata, newBlocks, languageEvidence);
    }

    public Article withTitle(String newTitle) {
        return new Article(newTitle, language, mediaType, metadata, blocks, languageEvidence);
    }
}
