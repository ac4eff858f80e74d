package dev.tandem.normalize;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import dev.tandem.model.Headline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the title once. Pages and their text exports repeat the headline: as the HTML title with
 * the site name appended ("Headline | Site"), then again as the first heading or paragraph. The
 * title block is the headline without the site name; later copies of it are dropped.
 */
final class TitleDeduplicator {

    Article deduplicate(Article article, TextNormalizer normalizer) {
        List<ArticleBlock> blocks = new ArrayList<>(article.blocks());
        String metadataTitle = article.title() == null ? null : normalizer.normalize(article.title());
        String title = metadataTitle;
        boolean firstBlockIsTitle = false;
        if (!blocks.isEmpty() && (title == null || title.isEmpty() || sameText(blocks.get(0).text(), title))) {
            // Text exports put the title on the first line.
            title = blocks.get(0).text();
            firstBlockIsTitle = blocks.get(0).text().length() <= 300;
        }
        if (title == null || title.isEmpty()) {
            return article;
        }
        title = withoutSiteName(title, article.metadata().get("siteName"), blocks);
        ArticleBlock titleBlock = new ArticleBlock(BlockType.TITLE, title);
        if (firstBlockIsTitle) {
            ArticleBlock first = blocks.remove(0);
            if (first.text().equals(title)) {
                titleBlock = first.withType(BlockType.TITLE); // keeps its inline codes
            }
        }
        String key = comparable(title);
        blocks.removeIf(block -> block.type() != BlockType.CAPTION && comparable(block.text()).equals(key));
        blocks.add(0, titleBlock);
        return article.withTitle(title).withBlocks(blocks);
    }

    /**
     * Drops the site's part of "Headline | Site": the declared site name, or a short part after a bar,
     * or after a dash when the headline without it appears in the text.
     */
    private static String withoutSiteName(String title, String siteName, List<ArticleBlock> blocks) {
        return Headline.withoutSiteName(title, siteName, headline -> {
            String headlineKey = comparable(headline);
            return blocks.stream().anyMatch(block -> comparable(block.text()).equals(headlineKey));
        });
    }

    private static boolean sameText(String a, String b) {
        return comparable(a).equals(comparable(b));
    }

    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{Z}\\s]+", "");
    }
}
