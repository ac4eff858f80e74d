package dev.tandem.normalize;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.Block;
import dev.tandem.model.BlockType;
import dev.tandem.model.CodedText;
import dev.tandem.model.Document;
import java.util.ArrayList;
import java.util.List;

/** The normalization stage: clean text in every block, furniture removed, the title kept once. */
public final class ArticleNormalizer {

    private final TextNormalizer textNormalizer = new TextNormalizer();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final TitleDeduplicator titles = new TitleDeduplicator();
    private final NormalizationOptions options;

    public ArticleNormalizer(NormalizationOptions options) {
        this.options = options;
    }

    /** A normalizer with {@link NormalizationOptions#defaults()}: captions kept. */
    public ArticleNormalizer() {
        this(NormalizationOptions.defaults());
    }

    public Article normalize(Article article) {
        List<ArticleBlock> cleaned = new ArrayList<>();
        for (ArticleBlock block : article.blocks()) {
            CodedText text = textNormalizer.normalize(block.coded());
            if (!text.text().isEmpty()) {
                cleaned.add(new ArticleBlock(block.type(), text));
            }
        }
        Article withTitle = titles.deduplicate(article.withBlocks(cleaned), textNormalizer);
        List<ArticleBlock> kept = new ArrayList<>(boilerplate.filter(withTitle.blocks()));
        if (!options.keepCaptions()) {
            kept.removeIf(block -> block.type() == BlockType.CAPTION);
        }
        return withTitle.withBlocks(kept);
    }

    /**
     * The blocks of a normalized article with their offsets into the article text, where blocks
     * are joined by {@link Document#BLOCK_SEPARATOR} (the same text {@link Document#text()} gives).
     */
    public List<Block> withOffsets(Article normalized) {
        return Block.layout(normalized.blocks());
    }
}
