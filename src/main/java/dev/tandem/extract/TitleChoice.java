package dev.tandem.extract;

import dev.tandem.model.BlockType;
import dev.tandem.model.Headline;
import java.util.List;

/**
 * Picks the headline once. Pages carry it up to four times (title element, og:title, JSON-LD
 * headline, the h1), often with the site name appended ("Headline | Site"). The h1 that the
 * metadata title starts with or contains wins; otherwise the metadata title without its site part.
 */
final class TitleChoice {

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

    /** "Headline | Site" → "Headline": the site part is the declared site name, or short. */
    static String withoutSiteName(String title, String siteName) {
        return Headline.withoutSiteName(title, siteName, headline -> true);
    }

    static String comparable(String text) {
        return Headline.comparable(text);
    }
}
