package dev.tandem.extract;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns a parsed page into an article: cuts it into blocks, finds the body region, drops
 * furniture inside it by markup and by context, and puts the title and subtitle in front.
 */
final class HtmlArticleReader {

    private static final Pattern SUBTITLE_WORDS = Pattern.compile(
            "(?:^|[^a-z])(?:subtitle|sub-title|subheadline|sub-headline|subhead|dek|standfirst|strapline|"
                    + "summary|lede|lead|intro|teaser-text|description|excerpt|deck|kicker-text)(?:$|[^a-z])");
    private static final double WRAPPER_SHARE = 0.6;
    /** Furniture inside a body region is a share bar or a related list, not most of its prose. */
    private static final double MARKERS_MAY_TAKE = 0.5;

    private final StopWords stopWords;
    private final LanguageChoice languages;

    HtmlArticleReader(StopWords stopWords, LanguageChoice languages) {
        this.stopWords = stopWords;
        this.languages = languages;
    }

    Article read(HtmlNode root, PageMetadata page, String mediaType) {
        List<HtmlBlock> blocks = HtmlBlockCutter.cut(root);
        BodySelector selector = new BodySelector();
        List<HtmlBlock> body = bodyBlocks(blocks, selector.select(blocks), selector);
        LanguageChoice.Decision decision = languages.decide(page.language(), sample(body.isEmpty() ? blocks : body));
        String language = decision.language();
        // Unsure is still the best stop-word list to measure prose with.
        String proseLanguage = language != null ? language : decision.evidence().detected();
        List<HtmlBlock> kept = BodyCandidates.choose(prose(body, proseLanguage),
                prose(bodyBlocks(blocks, List.of(root), selector), proseLanguage), blocks, page.articleBody());

        String title = TitleChoice.title(blocks, page);
        List<ArticleBlock> article = new ArrayList<>();
        if (title != null) {
            article.add(new ArticleBlock(BlockType.TITLE, title));
        }
        HtmlBlock subtitle = subtitle(blocks, kept, title);
        if (subtitle != null) {
            article.add(subtitle.article().withType(BlockType.SUBTITLE));
        }
        String titleKey = TitleChoice.comparable(title);
        for (HtmlBlock block : kept) {
            if (block != subtitle && !TitleChoice.comparable(block.text()).equals(titleKey)) {
                article.add(block.article());
            }
        }
        dropTrailingHeadings(article);
        return new Article(title, language, mediaType, page.asMap(), article, decision.evidence());
    }

    /** The blocks that read as prose in their context (jusText), and captions that are not link lists. */
    private List<HtmlBlock> prose(List<HtmlBlock> blocks, String language) {
        ContextSmoothing smoothing = new ContextSmoothing(stopWords);
        List<ContextSmoothing.Quality> qualities = smoothing.classify(blocks, language);
        if (goodShare(blocks, qualities) < 0.2) {
            // The stop-word list does not fit this text (a language we have no list for, or
            // markup that names the wrong one): judge by length, punctuation and links alone.
            qualities = smoothing.classify(blocks, null);
        }
        List<HtmlBlock> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlock block = blocks.get(i);
            if (qualities.get(i) == ContextSmoothing.Quality.GOOD
                    || (block.type() == BlockType.CAPTION && block.linkDensity() <= 0.5)) {
                kept.add(block);
            }
        }
        return kept;
    }

    /**
     * Blocks inside the region, without those under a furniture element that is not the region
     * itself. When the class words would take most of the region's prose ({@code <p class="tag …">}
     * from a style system, a body inside a "sharingContainer"), they are the site's naming rather
     * than furniture, and only structural markers (nav, aside, footer, roles, hidden) and the
     * unambiguous words (comments, related, share bars…) are obeyed.
     */
    private static List<HtmlBlock> bodyBlocks(List<HtmlBlock> blocks, List<HtmlNode> region, BodySelector selector) {
        List<HtmlBlock> inRegion = new ArrayList<>();
        for (HtmlBlock block : blocks) {
            if (region.isEmpty() || region.stream().anyMatch(block.owner()::isInside)) {
                inRegion.add(block);
            }
        }
        List<HtmlBlock> body = withoutFurniture(inRegion, region, selector, FurnitureMarkers::isFurniture);
        if (BodyCandidates.prose(body) < MARKERS_MAY_TAKE * BodyCandidates.prose(inRegion)) {
            return withoutFurniture(inRegion, region, selector,
                    node -> FurnitureMarkers.isStrongFurniture(node) || FurnitureMarkers.isHidden(node));
        }
        return body;
    }

    private static List<HtmlBlock> withoutFurniture(List<HtmlBlock> inRegion, List<HtmlNode> region, BodySelector selector,
                                                    Predicate<HtmlNode> furnitureMarker) {
        long regionText = region.stream().mapToLong(selector::textLength).sum();
        List<HtmlBlock> body = new ArrayList<>();
        for (HtmlBlock block : inRegion) {
            HtmlNode root = region.stream().filter(block.owner()::isInside).findFirst().orElse(null);
            BlockType type = block.type();
            boolean furniture = false;
            for (HtmlNode node = block.owner(); node != null && node != root; node = node.parent) {
                if (FurnitureMarkers.isCaption(node) && !FurnitureMarkers.isHidden(node)) {
                    type = BlockType.CAPTION;
                } else if (furnitureMarker.test(node) && selector.textLength(node) < WRAPPER_SHARE * regionText) {
                    furniture = true;
                    break;
                }
            }
            if (!furniture) {
                body.add(type == block.type() ? block : block.withType(type));
            }
        }
        return body;
    }

    /** A standfirst: marked as such, between the headline and the body, or leading the body. */
    private static HtmlBlock subtitle(List<HtmlBlock> blocks, List<HtmlBlock> body, String title) {
        String titleKey = TitleChoice.comparable(title);
        HtmlBlock firstBody = body.stream()
                .filter(block -> !TitleChoice.comparable(block.text()).equals(titleKey))
                .findFirst().orElse(null);
        for (HtmlBlock block : blocks) {
            if (block == firstBody && !marksSubtitle(block.owner())) {
                return null;
            }
            int length = block.text().length();
            if (length >= 20 && length <= 600 && block.type() != BlockType.CAPTION && marksSubtitle(block.owner())
                    && !TitleChoice.comparable(block.text()).equals(TitleChoice.comparable(title))
                    && block.linkDensity() < 0.3) {
                return block;
            }
            if (block == firstBody) {
                return null;
            }
        }
        return null;
    }

    private static boolean marksSubtitle(HtmlNode owner) {
        HtmlNode node = owner;
        for (int level = 0; level < 3 && node != null; level++, node = node.parent) {
            String itemprop = node.attribute("itemprop");
            if (itemprop.equals("description") || itemprop.equals("alternativeHeadline")
                    || SUBTITLE_WORDS.matcher(node.classAndId()).find()) {
                return true;
            }
        }
        return false;
    }

    private static double goodShare(List<HtmlBlock> body, List<ContextSmoothing.Quality> qualities) {
        long good = 0;
        long all = 0;
        for (int i = 0; i < body.size(); i++) {
            int length = body.get(i).text().length();
            all += length;
            if (qualities.get(i) == ContextSmoothing.Quality.GOOD) {
                good += length;
            }
        }
        return all == 0 ? 1 : (double) good / all;
    }

    private static void dropTrailingHeadings(List<ArticleBlock> article) {
        while (article.size() > 1 && article.get(article.size() - 1).type() == BlockType.HEADING) {
            article.remove(article.size() - 1);
        }
    }

    private static String sample(List<HtmlBlock> blocks) {
        StringBuilder text = new StringBuilder();
        for (HtmlBlock block : blocks) {
            if (block.text().length() > 60 && text.length() < 6_000) {
                text.append(block.text()).append(' ');
            }
        }
        return text.toString();
    }
}
