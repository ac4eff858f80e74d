package dev.tandem.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the markup says about an element: page furniture (navigation, share bars, related links,
 * comments, cookie banners, newsletters, ads) or the article body. Words are matched in class and
 * id names, which sites choose for their own developers and so describe the role honestly.
 */
final class FurnitureMarkers {

    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "form", "menu", "dialog");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "contentinfo",
            "banner", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");
    private static final Pattern FURNITURE_WORDS = Pattern.compile(
            "(?:^|[^a-z])(?:share|sharing|sharebar|social|socials|related|relateds|comment|comments|disqus|cookie|cookies|"
                    + "consent|gdpr|newsletter|newsletters|promo|promos|promotion|advert|advertisement|advertising|ad|ads|"
                    + "adslot|dfp|sponsor|sponsored|subscribe|subscription|signup|sign|login|paywall|breadcrumb|"
                    + "breadcrumbs|nav|navbar|navigation|menu|sidebar|footer|masthead|banner|popup|modal|overlay|"
                    + "outbrain|taboola|recirc|recirculation|trending|popular|recommended|recommendation|"
                    + "recommendations|more|widget|toolbar|skip|hidden|hide|invisible|sr|visually|screenreader|"
                    + "print|tags|tag|taglist|topics|byline|author|bio|meta|dateline|timestamp|date|"
                    + "share-tools|follow|rating|pagination|pager|next|prev|previous|jump|toc|"
                    + "tease|teaser|teasers|card|cards|listing|feed|rail|ticker|alert|notice|flyout|dropdown|"
                    + "inline-ad|read-more|readmore|playlist)"
                    + "(?:$|[^a-z])");
    private static final Pattern BODY_WORDS = Pattern.compile(
            "(?:^|[^a-z])(?:article|articlebody|article-body|body|content|entry|entry-content|post|post-body|"
                    + "story|story-body|text|main|blog|prose|page-content|rich-text|richtext|paywall-content)"
                    + "(?:$|[^a-z])");

    private static final Pattern CAPTION_WORDS = Pattern.compile(
            "(?:^|[^a-z])(?:caption|captions|credit|credits|copyright|photo-credit|image-credit|wp-caption-text)(?:$|[^a-z])");

    private static final Pattern STRONG_FURNITURE_WORDS = Pattern.compile(
            "(?:^|[^a-z])(?:share|sharing|social|related|comment|comments|disqus|cookie|consent|newsletter|promo|"
                    + "advert|advertisement|ad|ads|sponsored|breadcrumb|breadcrumbs|nav|navbar|navigation|menu|"
                    + "sidebar|footer|outbrain|taboola|recommended|recommendations|popular|trending)(?:$|[^a-z])");

    private FurnitureMarkers() {
    }

    /**
     * What one element's tag, role, style and class words say, worked out once per element: the
     * reader asks it of every ancestor of every block, and the word patterns are long.
     */
    record Markers(boolean structural, boolean hidden, boolean furnitureWords, boolean strongWords, boolean bodyWords,
                   boolean captionWords) {

        static Markers of(HtmlNode node) {
            String words = node.classAndId();
            String style = node.attribute("style").replace(" ", "").toLowerCase(Locale.ROOT);
            return new Markers(FURNITURE_TAGS.contains(node.tag) || FURNITURE_ROLES.contains(node.attribute("role")),
                    node.attributes.containsKey("hidden") || "true".equals(node.attribute("aria-hidden"))
                            || style.contains("display:none") || style.contains("visibility:hidden"),
                    FURNITURE_WORDS.matcher(words).find(), STRONG_FURNITURE_WORDS.matcher(words).find(),
                    BODY_WORDS.matcher(words).find(), CAPTION_WORDS.matcher(words).find());
        }
    }

    static boolean isFurniture(HtmlNode node) {
        Markers markers = node.markers();
        return markers.structural() || markers.hidden() || markers.furnitureWords();
    }

    /** Furniture beyond doubt: a container of these never holds the article, however much prose it has. */
    static boolean isStrongFurniture(HtmlNode node) {
        return node.markers().structural() || node.markers().strongWords();
    }

    static boolean isHidden(HtmlNode node) {
        return node.markers().hidden();
    }

    /** Readability's class weight: body words in class or id count for, furniture words against. */
    static int classWeight(HtmlNode node) {
        Markers markers = node.markers();
        int weight = 0;
        if (markers.bodyWords()) {
            weight += 25;
        }
        if (markers.furnitureWords()) {
            weight -= 25;
        }
        return weight;
    }

    static boolean isCaption(HtmlNode node) {
        return node.markers().captionWords();
    }

    static boolean declaresArticleBody(HtmlNode node) {
        return "articleBody".equals(node.attribute("itemprop"));
    }
}
