package dev.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the body region is found on pages whose markup misleads: modifier class names, bodies split over modules. */
class BodyRegionTest {

    private static final List<String> SENTENCES = List.of(
            "The council voted on Tuesday to close the old bridge to cars, ending a debate that has divided the town for"
                    + " more than a decade, and asked engineers to report on the repairs by the spring.",
            "Residents on both banks said they had expected the decision, but many worried about the longer journey to"
                    + " the hospital, which now lies twenty minutes further away for the eastern villages.",
            "The mayor said a shuttle bus would run every quarter of an hour while the work is under way, and that the"
                    + " council would review the arrangement in the autumn, after the first months of the service.",
            "Shopkeepers near the western end of the bridge fear that fewer people will stop on their way home, and some"
                    + " of them have asked the council for lower rents while the road stays closed.",
            "Engineers found cracks in two of the five arches last winter, and the county has since limited the weight of"
                    + " lorries, which already sent most of the heavy traffic to the bypass.",
            "A public meeting is planned for next month at the school hall, where the engineers will show their survey and"
                    + " answer questions from residents, shopkeepers and the bus company.",
            "The bridge was built in 1868 with stone from the quarry above the town, and it was widened once, in the"
                    + " nineteen-thirties, when the first buses began to run to the coast.");

    /** Prose that is not this article: another story's opening, as a teaser box shows it. */
    private static final String OTHER_STORY = "<p>Fishermen at the harbour say the spring has been the worst in memory, with storms"
            + " keeping the boats in port for weeks, and the market has raised its prices for the third time this year.</p>"
            + "<p>The harbour master expects calmer weather by the end of the month, when the first of the summer visitors arrive,"
            + " and the ferry to the islands is due to start its season.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private String text(String body) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bridge closes</title></head><body>"
                + body + "</body></html>";
        Article article = extractor.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "page.html");
        return article.blocks().stream().map(ArticleBlock::text).collect(Collectors.joining("\n"));
    }

    private static String paragraphs(int from, int to) {
        return SENTENCES.subList(from, to).stream().map(sentence -> "<p>" + sentence + "</p>").collect(Collectors.joining());
    }

    private static String menu() {
        StringBuilder menu = new StringBuilder("<nav><ul>");
        for (int i = 0; i < 60; i++) {
            menu.append("<li><a href=\"/section-").append(i).append("\">Section number ").append(i).append(" of the site</a></li>");
        }
        return menu.append("</ul></nav>").toString();
    }

    @Test
    void sectionsWhoseModifierNamesAdsAreStillTheBody() {
        // BEM modifiers describe a variant ("a section with ads in it"), not what the element is.
        String text = text("<article class=\"report\"><h1>Bridge closes</h1>"
                + "<section class=\"report__section report__section--ads\"><h2>The vote</h2>" + paragraphs(0, 3) + "</section>"
                + "<section class=\"report__section report__section--ads\"><h2>The bridge</h2>" + paragraphs(3, 7) + "</section>"
                + "</article><div class=\"ads\"><p>Buy a new car today at the best price in the valley, offer ends soon.</p></div>");
        assertTrue(text.contains("The council voted on Tuesday"), text);
        assertTrue(text.contains("built in 1868"), text);
        assertFalse(text.contains("Buy a new car"), text);
    }

    @Test
    void aLayoutWithASidebarBesideTheStoryIsNotItselfASidebar() {
        String text = text(menu() + "<div class=\"layout with-sidebar-right\"><article><h1>Bridge closes</h1>"
                + "<div class=\"story\">" + paragraphs(0, 7) + "</div></article>"
                + "<aside class=\"sidebar\"><ul><li><a href=\"/a\">Most read: ten walks along the river</a></li></ul></aside></div>"
                + "<div class=\"highlights\">" + OTHER_STORY + "</div>");
        assertTrue(text.contains("The council voted on Tuesday"), text);
        assertTrue(text.contains("built in 1868"), text);
        assertFalse(text.contains("Most read"), text);
        assertFalse(text.contains("Fishermen"), text);
    }

    @Test
    void aBodySplitOverModulesOfDifferentKindsIsKeptWhole() {
        // Readability's rule: when three runners-up close to the best share an ancestor, that ancestor is the body.
        String text = text("<main><div class=\"main-content\">"
                + "<div class=\"module text-small\"><div class=\"module-inner\">" + paragraphs(0, 2) + "</div></div>"
                + "<div class=\"module-hint\"><div class=\"hint-box\"><div class=\"hint-text\">" + paragraphs(2, 4) + "</div></div></div>"
                + "<div class=\"module text-medium\"><div class=\"module-body\">" + paragraphs(4, 6) + "</div></div>"
                + "<div class=\"module text-large\"><div class=\"module-copy\">" + paragraphs(6, 7) + "</div></div>"
                + "</div></main><div class=\"other-news\">" + OTHER_STORY + "</div><footer><p>Copyright 2024 The Valley Courier. All rights reserved.</p></footer>");
        for (String sentence : SENTENCES) {
            assertTrue(text.contains(sentence.substring(0, 40)), sentence.substring(0, 40) + " missing from:\n" + text);
        }
        assertFalse(text.contains("Copyright"), text);
        assertFalse(text.contains("Fishermen"), text);
    }
}
