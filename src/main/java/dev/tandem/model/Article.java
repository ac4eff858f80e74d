package dev.tandem.model;

import java.util.List;
import java.util.Map;

/**
 * An extracted article: its blocks in reading order and what is known about it. {@code language}
 * is a BCP 47 tag or null when unknown; {@code metadata} holds extras such as author, date,
 * site name or canonical URL.
 */
public record Article(String title, String language, String mediaType, Map<String, String> metadata,
                      List<ArticleBlock> blocks) {
    public Article {
        metadata = Map.copyOf(metadata);
        blocks = List.copyOf(blocks);
    }

    public Article withBlocks(List<ArticleBlock> newBlocks) {
        return new Article(title, language, mediaType, metadata, newBlocks);
    }

    public Article withTitle(String newTitle) {
        return new Article(newTitle, language, mediaType, metadata, blocks);
    }
}
