package dev.tandem.normalize;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the title once. Pages and their text exports repeat the headline: as the HTML title with
 * the site name appended ("Headline | Site"), then again as the first heading or paragraph. The
 * title block is the headline without the site name; later copies of it are dropped.
 */
final class TitleDeduplicator {

    // "Headline | Site", "Headline – Site", "Headline - Site": a short last part is the site name.
    private static final Pattern SITE_SUFFIX = Pattern.compile("^(.{12,}?)\\s+[|–—-]\\s+([^|–—]{2,40})$");

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
        title = withoutSiteName(title, blocks);
        if (firstBlockIsTitle) {
            blocks.remove(0);
        }
        String key = comparable(title);
        blocks.removeIf(block -> block.type() != BlockType.CAPTION && comparable(block.text()).equals(key));
        blocks.add(0, new ArticleBlock(BlockType.TITLE, title));
        return article.withTitle(title).withBlocks(blocks);
    }

    /** Drops " | Site" when the headline without it appears in the text or the suffix is clearly a name. */
    private static String withoutSiteName(String title, List<ArticleBlock> blocks) {
        Matcher matcher = SITE_SUFFIX.matcher(title);
        if (!matcher.matches()) {
            return title;
        }
        String headline = matcher.group(1).strip();
        String headlineKey = comparable(headline);
        boolean repeated = blocks.stream().anyMatch(block -> comparable(block.text()).equals(headlineKey));
        boolean pipe = title.substring(headline.length()).strip().startsWith("|");
        return repeated || pipe ? headline : title;
    }

    private static boolean sameText(String a, String b) {
        return comparable(a).equals(comparable(b));
    }

    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{Z}\\s]+", "");
    }
}
