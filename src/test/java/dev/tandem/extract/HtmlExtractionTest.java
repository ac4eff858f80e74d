package dev.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

    private static final String STORY = """
            <p>The council voted on Tuesday to close the old bridge to cars, ending a debate that has divided
            the town for more than a decade, and asked engineers to report on repairs by spring.</p>
            <p>Residents on both banks said they had expected the decision, but many worried about the longer
            journey to the hospital, which now lies twenty minutes further away for the eastern villages.</p>
            <p>The mayor said a shuttle bus would run every quarter of an hour while the work is under way,
            and that the council would review the arrangement in the autumn.</p>
            """;

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article extract(String html) {
        return extractor.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "page.html");
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
    }

    private static String text(Article article) {
        return article.blocks().stream().map(ArticleBlock::text).collect(Collectors.joining("\n"));
    }

    @Test
    void shareButtonsAreNotArticleText() {
        Article article = extract(page("<title>Bridge closes</title>", """
                <article><h1>Bridge closes</h1>
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
                %s
                <ul class="social-links"><li><a href="#">Follow us on Instagram</a></li></ul>
                </article>""".formatted(STORY)));
        String text = text(article);
        assertTrue(text.contains("The council voted on Tuesday"), text);
        assertFalse(text.contains("Facebook"), text);
        assertFalse(text.contains("Tweet"), text);
        assertFalse(text.contains("Instagram"), text);
    }

    @Test
    void navigationFooterAndRelatedArticlesAreNotArticleText() {
        Article article = extract(page("<title>Bridge closes</title>", """
                <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
                <main><h1>Bridge closes</h1>%s
                <section class="related-articles"><h2>Related articles</h2>
                <p>Town plans new ferry service across the river for commuters this summer</p></section></main>
                <aside><p>Most read: the ten best walks along the riverbank this weekend, chosen by readers.</p></aside>
                <footer><p>Copyright 2024 The Valley Courier. All rights reserved. Contact the newsroom.</p></footer>
                """.formatted(STORY)));
        String text = text(article);
        assertTrue(text.contains("shuttle bus"), text);
        for (String furniture : List.of("Home", "Sport", "ferry", "Most read", "Copyright")) {
            assertFalse(text.contains(furniture), furniture + " leaked into:\n" + text);
        }
    }

    @Test
    void cookieBannerAndCommentsAreNotArticleText() {
        Article article = extract(page("<title>Bridge closes</title>", """
                <div id="cookie-consent"><p>We use cookies to improve your experience. By continuing you accept our policy.</p></div>
                <article><h1>Bridge closes</h1>%s</article>
                <div class="comments"><div class="comment"><p>I have crossed that bridge every day for forty years,
                and I think the council is making a terrible mistake that the town will regret.</p></div></div>
                """.formatted(STORY)));
        String text = text(article);
        assertTrue(text.contains("The mayor said"), text);
        assertFalse(text.contains("cookies"), text);
        assertFalse(text.contains("forty years"), text);
    }

    @Test
    void figcaptionIsKeptAsCaption() {
        Article article = extract(page("<title>Bridge closes</title>", """
                <article><h1>Bridge closes</h1>
                <figure><img src="bridge.jpg" alt=""><figcaption>The old bridge at dawn. Photo: Jane Doe</figcaption></figure>
                %s</article>""".formatted(STORY)));
        assertTrue(article.blocks().contains(new ArticleBlock(BlockType.CAPTION, "The old bridge at dawn. Photo: Jane Doe")),
                article.blocks()::toString);
    }

    @Test
    void titleRepeatedWithSiteNameIsKeptOnce() {
        Article article = extract(page("<title>Bridge closes to cars | The Valley Courier</title>",
                "<article><h1>Bridge closes to cars</h1>" + STORY + "</article>"));
        assertEquals("Bridge closes to cars", article.title());
        assertEquals(new ArticleBlock(BlockType.TITLE, "Bridge closes to cars"), article.blocks().get(0));
        assertEquals(1, article.blocks().stream().filter(b -> b.text().contains("Bridge closes to cars")).count(),
                article.blocks()::toString);
    }

    @Test
    void standfirstIsMarkedAsSubtitle() {
        Article article = extract(page("<title>Bridge closes</title>", """
                <article><h1>Bridge closes</h1><p class="article-standfirst">Drivers face a twenty-minute detour from Monday.</p>
                %s</article>""".formatted(STORY)));
        assertEquals(new ArticleBlock(BlockType.SUBTITLE, "Drivers face a twenty-minute detour from Monday."),
                article.blocks().get(1));
    }

    @Test
    void headingsListsAndQuotesInsideTheBodyKeepTheirType() {
        Article article = extract(page("<title>Bridge closes</title>", """
                <article><h1>Bridge closes</h1>%s<h2>What changes for drivers</h2>
                <ul><li>The eastern approach road closes at six in the morning on Monday.</li>
                <li>Lorries must use the ring road from the same day.</li></ul>
                <blockquote>We waited ten years for this decision, and now the work can finally begin.</blockquote>
                <p>Engineers will publish their first report in the spring, the council said on Tuesday evening.</p>
                </article>""".formatted(STORY)));
        List<ArticleBlock> blocks = article.blocks();
        assertTrue(blocks.contains(new ArticleBlock(BlockType.HEADING, "What changes for drivers")), blocks::toString);
        assertTrue(blocks.contains(new ArticleBlock(BlockType.LIST_ITEM,
                "Lorries must use the ring road from the same day.")), blocks::toString);
        assertTrue(blocks.contains(new ArticleBlock(BlockType.QUOTE,
                "We waited ten years for this decision, and now the work can finally begin.")), blocks::toString);
    }

    @Test
    void metadataComesFromTheHead() {
        Article article = extract("""
                <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Bridge closes | Valley Courier</title>
                <meta property="og:site_name" content="The Valley Courier">
                <meta name="author" content="Ann Reporter">
                <meta property="article:published_time" content="2024-03-05T09:30:00Z">
                <link rel="canonical" href="https://courier.example/bridge-closes">
                </head><body><article><h1>Bridge closes</h1>%s</article></body></html>""".formatted(STORY));
        assertEquals("en-GB", article.language());
        assertEquals("Ann Reporter", article.metadata().get("author"));
        assertEquals("2024-03-05T09:30:00Z", article.metadata().get("date"));
        assertEquals("The Valley Courier", article.metadata().get("siteName"));
        assertEquals("https://courier.example/bridge-closes", article.metadata().get("canonicalUrl"));
    }

    @Test
    void jsonLdSuppliesAuthorAndDateWhenMetaTagsAreMissing() {
        Article article = extract(page("""
                <title>Bridge closes</title><script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge closes",
                 "datePublished":"2024-03-05","author":{"@type":"Person","name":"Ann Reporter"}}</script>""",
                "<article><h1>Bridge closes</h1>" + STORY + "</article>"));
        assertEquals("Ann Reporter", article.metadata().get("author"));
        assertEquals("2024-03-05", article.metadata().get("date"));
    }

    @Test
    void languageIsDetectedWhenMarkupIsSilent() {
        Article article = extract(page("<title>Le pont ferme</title>", """
                <article><h1>Le pont ferme</h1>
                <p>Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures, mettant fin à un débat
                qui divise la ville depuis plus de dix ans, et il a demandé aux ingénieurs un rapport pour le printemps.</p>
                <p>Les habitants des deux rives disent qu'ils s'attendaient à cette décision, mais beaucoup
                s'inquiètent du trajet plus long vers l'hôpital pour les villages de l'est.</p></article>"""));
        assertEquals("fr", article.language());
    }

    @Test
    void linkListInsideTheArticleIsNotArticleText() {
        Article article = extract(page("<title>Bridge closes</title>", """
                <article><h1>Bridge closes</h1>%s
                <div><a href="/a">Flood warning for the valley</a> <a href="/b">School reopens after repairs</a>
                <a href="/c">Council budget approved</a> <a href="/d">New bus timetable</a></div></article>
                """.formatted(STORY)));
        assertFalse(text(article).contains("Flood warning"), text(article));
    }

    @Test
    void tiedContainersGiveTheFirstInDocumentOrderEveryTime() {
        String first = "The first story begins with a long sentence about the harbour, the boats, the weather and the fish"
                + " market that opened early on Monday, and it goes on for long enough to count as a full paragraph of prose"
                + " that a reader would recognise as the opening of a news report from the coast this week, written in plain words.";
        String second = "A second story follows with a long sentence about the station, the trains, the tickets and the"
                + " cafe that closed late on Sunday, and it also goes on for long enough to count as a paragraph of prose"
                + " that a reader would recognise as the opening of a news report from the city this week, written in plain words.";
        String html = page("<title>Two stories</title>", """
                <div><section><p>%s</p><p>%s</p></section></div>
                <div><section><p>%s</p><p>%s</p></section></div>""".formatted(first, first, second, second));
        for (int run = 0; run < 30; run++) {
            String text = text(extract(html));
            assertTrue(text.contains("harbour"), text);
            assertFalse(text.contains("station"), text);
        }
    }

    @Test
    void bodyMarkupOnATeaserDoesNotLoseTheStoryBesideIt() {
        Article article = extract(page("<title>Bridge closes</title>", """
                <h1>Bridge closes</h1>
                <div class="lead-wrap"><div itemprop="articleBody" class="article-body">
                <p>By the valley desk, Tuesday, updated at noon today.</p></div></div>
                <section><div>%s</div></section>""".formatted(STORY.repeat(2))));
        String text = text(article);
        assertTrue(text.contains("The council voted on Tuesday"), text);
        assertTrue(text.contains("shuttle bus"), text);
    }

    @Test
    void jsonLdArticleBodyRecoversAStoryTheMarkupHides() {
        String paragraphs = STORY.lines().map(String::strip).reduce("", (a, b) -> a + " " + b).strip()
                .replace("</p> <p>", "</p><p>");
        String body = paragraphs.replace("<p>", "").replace("</p>", "\\n");
        Article article = extract(page("<title>Bridge closes</title><script type=\"application/ld+json\">"
                + "{\"@type\": \"NewsArticle\", \"headline\": \"Bridge closes\", \"articleBody\": \"" + body + "\"}</script>", """
                <h1>Bridge closes</h1>
                <article><p>Residents gathered at the town hall on Tuesday evening, many of them from the villages of the east.</p></article>
                %s""".formatted(paragraphs.replace("<p>", "<div class=\"related\"><p>").replace("</p>", "</p></div>"))));
        String text = text(article);
        assertTrue(text.contains("The council voted on Tuesday"), text);
        assertTrue(text.contains("shuttle bus"), text);
    }
}
