package dev.tandem.extract;

import dev.tandem.model.BlockType;
import java.util.List;
import java.util.Locale;

/**
 * Picks the headline once. Pages carry it up to four times (title element, og:title, JSON-LD
 * headline, the h1), often with the site name appended ("Headline | Site"). The h1 that the
 * metadata title starts with or contains wins; otherwise the metadata title without its site part.
 */
final class TitleChoice {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : "};
    private static final int SITE_NAME_MAX = 40;

    private TitleChoice() {
    }

    static String title(List<HtmlBlock> blocks, PageMetadata page) {
        String metadataTitle = page.title();
        HtmlBlock firstH1 = null;
        for (HtmlBlock block : blocks) {
            if (block.type() != BlockType.HEADING || !block.owner().tag.equals("h1")) {
                continue;
            }
            if (firstH1 == null) {
                firstH1 = block;
            }
            String key = comparable(block.text());
            if (metadataTitle != null && !key.isEmpty() && comparable(metadataTitle).contains(key)
                    && key.length() * 3 >= comparable(metadataTitle).length()) {
                return block.text().strip();
            }
        }
        if (metadataTitle != null && !metadataTitle.isBlank()) {
            return withoutSiteName(metadataTitle.strip(), page.siteName());
        }
        return firstH1 == null ? null : firstH1.text().strip();
    }

    /** "Headline | Site" → "Headline": the site part is short, or is the declared site name. */
    static String withoutSiteName(String title, String siteName) {
        for (String separator : SEPARATORS) {
            int last = title.lastIndexOf(separator);
            if (last > 0) {
                String tail = title.substring(last + separator.length()).strip();
                if (isSiteName(tail, siteName)) {
                    return title.substring(0, last).strip();
                }
            }
            int first = title.indexOf(separator);
            if (first > 0) {
                String head = title.substring(0, first).strip();
                if (siteName != null && comparable(head).equals(comparable(siteName))) {
                    return title.substring(first + separator.length()).strip();
                }
            }
        }
        return title;
    }

    private static boolean isSiteName(String tail, String siteName) {
        if (siteName != null && !siteName.isBlank()) {
            String key = comparable(tail);
            String site = comparable(siteName);
            return key.equals(site) || key.contains(site) || site.contains(key);
        }
        return tail.length() <= SITE_NAME_MAX && tail.split("\\s+").length <= 4;
    }

    static String comparable(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{Z}\\s\\p{S}]+", "");
    }
}
