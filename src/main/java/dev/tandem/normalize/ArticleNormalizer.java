package dev.tandem.normalize;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import java.util.ArrayList;
import java.util.List;

/** The normalization stage: clean text in every block, furniture removed, the title kept once. */
public final class ArticleNormalizer {

    private final TextNormalizer textNormalizer = new TextNormalizer();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final TitleDeduplicator titles = new TitleDeduplicator();

    public Article normalize(Article article) {
        List<ArticleBlock> cleaned = new ArrayList<>();
        for (ArticleBlock block : article.blocks()) {
            String text = textNormalizer.normalize(block.text());
            if (!text.isEmpty()) {
                cleaned.add(new ArticleBlock(block.type(), text));
            }
        }
        Article withTitle = titles.deduplicate(article.withBlocks(cleaned), textNormalizer);
        return withTitle.withBlocks(boilerplate.filter(withTitle.blocks()));
    }

    /** Normalizes one piece of text the same way block text is normalized. */
    public String normalizeText(String text) {
        return textNormalizer.normalize(text);
    }
}
