package dev.tandem.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * What the page says about itself in its head: Open Graph and article meta tags, JSON-LD, the
 * canonical link and the declared language. Each field takes the first source that has it.
 */
record PageMetadata(String title, String siteName, String author, String date, String canonicalUrl,
                    String language, String articleBody) {

    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^(?:by|von|par|por|di|door|av|af)\\s+", Pattern.CASE_INSENSITIVE);

    static PageMetadata of(Metadata metadata, JsonLdFields jsonLd, String canonicalLink) {
        String title = first(metadata.get("og:title"), jsonLd.string("headline"), metadata.get(TikaCoreProperties.TITLE));
        String siteName = first(metadata.get("og:site_name"), metadata.get("application-name"), jsonLd.name("publisher"));
        String author = first(metadata.get("author"), metadata.get("article:author"), metadata.get("byl"),
                metadata.get("sailthru.author"), metadata.get("parsely-author"), jsonLd.name("author"));
        if (author != null && author.startsWith("http")) {
            author = jsonLd.name("author");
        }
        if (author != null) {
            author = BYLINE_PREFIX.matcher(author).replaceFirst("");
        }
        String date = first(metadata.get("article:published_time"), jsonLd.string("datePublished"),
                metadata.get("date"), metadata.get("pubdate"), metadata.get("publish-date"),
                metadata.get("parsely-pub-date"), metadata.get("dc.date"), metadata.get("DC.date.issued"),
                metadata.get("og:updated_time"));
        String canonical = first(canonicalLink, metadata.get("og:url"));
        String language = first(metadata.get(HttpHeaders.CONTENT_LANGUAGE), metadata.get(TikaCoreProperties.LANGUAGE),
                ogLocale(metadata.get("og:locale")));
        return new PageMetadata(title, siteName, author, date, canonical, language == null ? null : language.strip(),
                jsonLd.string("articleBody"));
    }

    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        put(map, "author", author);
        put(map, "date", date);
        put(map, "siteName", siteName);
        put(map, "canonicalUrl", canonicalUrl);
        return map;
    }

    private static String ogLocale(String locale) {
        return locale == null ? null : locale.replace('_', '-');
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
