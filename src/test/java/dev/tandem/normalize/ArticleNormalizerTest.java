package dev.tandem.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.Block;
import dev.tandem.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {

    private static final String LONG_PARAGRAPH = "The festival drew more visitors than ever this year, and the organisers "
            + "say they will need a larger site for the next edition, possibly on the other side of the river.";

    private static Article textExport(String... lines) {
        List<ArticleBlock> blocks = new ArrayList<>();
        for (String line : lines) {
            blocks.add(new ArticleBlock(BlockType.PARAGRAPH, line));
        }
        return new Article(null, "en", "text/plain", Map.of(), blocks);
    }

    private static String texts(Article article) {
        return article.blocks().stream().map(ArticleBlock::text).collect(Collectors.joining("\n"));
    }

    @Test
    void titleRepeatedWithSiteNameIsKeptOnce() {
        Article article = new ArticleNormalizer().normalize(textExport(
                "Festival breaks its record | Valley Courier", "Festival breaks its record", LONG_PARAGRAPH));
        assertEquals("Festival breaks its record", article.title());
        assertEquals(List.of(new ArticleBlock(BlockType.TITLE, "Festival breaks its record"),
                new ArticleBlock(BlockType.PARAGRAPH, LONG_PARAGRAPH)), article.blocks());
    }

    @Test
    void shareLinesInOtherLanguagesAreNotArticleText() {
        Article article = new ArticleNormalizer().normalize(textExport(
                "Le festival bat son record", "Partager sur Facebook", "Teilen", LONG_PARAGRAPH, "Compartir en WhatsApp"));
        String text = texts(article);
        assertFalse(text.contains("Facebook"), text);
        assertFalse(text.contains("Teilen"), text);
        assertFalse(text.contains("WhatsApp"), text);
        assertTrue(text.contains("organisers"), text);
    }

    @Test
    void creditLineIsMarkedAsCaption() {
        Article article = new ArticleNormalizer().normalize(textExport(
                "Festival breaks its record", "Crowds at the main stage on Saturday (Photo: Jan Novak)", LONG_PARAGRAPH));
        assertTrue(article.blocks().contains(new ArticleBlock(BlockType.CAPTION,
                "Crowds at the main stage on Saturday (Photo: Jan Novak)")), article.blocks()::toString);
    }

    @Test
    void trailingRelatedArticlesZoneIsDropped() {
        Article article = new ArticleNormalizer().normalize(textExport(
                "Festival breaks its record", LONG_PARAGRAPH, LONG_PARAGRAPH.replace("festival", "fair"),
                LONG_PARAGRAPH.replace("river", "lake"), "Lire aussi", "Town approves new bus line", "Ferry fares rise"));
        String text = texts(article);
        assertFalse(text.contains("Lire aussi"), text);
        assertFalse(text.contains("bus line"), text);
        assertFalse(text.contains("Ferry fares"), text);
    }

    @Test
    void captionsAreLeftOutWhenNotWanted() {
        Article extracted = new Article("Festival", "en", "text/html", Map.of(), List.of(
                new ArticleBlock(BlockType.TITLE, "Festival"),
                new ArticleBlock(BlockType.CAPTION, "The main stage at night."),
                new ArticleBlock(BlockType.PARAGRAPH, LONG_PARAGRAPH)));
        Article withCaptions = new ArticleNormalizer().normalize(extracted);
        Article without = new ArticleNormalizer(new NormalizationOptions(false)).normalize(extracted);
        assertTrue(withCaptions.blocks().stream().anyMatch(b -> b.type() == BlockType.CAPTION));
        assertFalse(without.blocks().stream().anyMatch(b -> b.type() == BlockType.CAPTION), without.blocks()::toString);
        assertEquals(2, without.blocks().size());
    }

    @Test
    void blockOffsetsPointIntoTheArticleText() {
        ArticleNormalizer normalizer = new ArticleNormalizer();
        Article article = normalizer.normalize(textExport("Festival breaks its record", LONG_PARAGRAPH, "Short closing line."));
        List<Block> blocks = normalizer.withOffsets(article);
        String text = article.blocks().stream().map(ArticleBlock::text).collect(Collectors.joining("\n\n"));
        for (Block block : blocks) {
            assertEquals(block.text(), text.substring(block.start(), block.end()));
        }
        assertEquals(text.length(), blocks.get(blocks.size() - 1).end());
    }
}
