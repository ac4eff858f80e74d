package dev.tandem.model;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The one rule for a headline that carries the site's name ("Headline | Site", "Site – Headline"),
 * used by extraction (page titles) and by normalization (the first line of a text export).
 */
public final class Headline {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : "};
    private static final int SITE_NAME_MAX = 40;
    private static final int SITE_NAME_MAX_WORDS = 4;

    private Headline() {
    }

    /**
     * {@code title} without its site part. The part is the declared {@code siteName} when there is
     * one (at either end); otherwise a short last part (a few words) is taken for the site's name
     * when the separator is a bar or {@code confirmed} accepts the headline left without it (for
     * instance because the text repeats that headline).
     */
    public static String withoutSiteName(String title, String siteName, Predicate<String> confirmed) {
        String site = siteName == null || siteName.isBlank() ? null : comparable(siteName);
        for (String separator : SEPARATORS) {
            int last = title.lastIndexOf(separator);
            if (last > 0) {
                String head = title.substring(0, last).strip();
                String tail = title.substring(last + separator.length()).strip();
                if (site != null ? isSite(tail, site)
                        : isShortName(tail) && (separator.equals(" | ") || confirmed.test(head))) {
                    return head;
                }
            }
            int first = title.indexOf(separator);
            if (site != null && first > 0 && comparable(title.substring(0, first)).equals(site)) {
                return title.substring(first + separator.length()).strip();
            }
        }
        return title;
    }

    private static boolean isSite(String tail, String site) {
        String key = comparable(tail);
        return !key.isEmpty() && (key.equals(site) || key.contains(site) || site.contains(key));
    }

    private static boolean isShortName(String tail) {
        return !tail.isEmpty() && tail.length() <= SITE_NAME_MAX && tail.split("\\s+").length <= SITE_NAME_MAX_WORDS;
    }

    /** Text compared without case, spaces, punctuation or symbols. */
    public static String comparable(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{Z}\\s\\p{S}]+", "");
    }
}
