package dev.tandem.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Document ids are slugs: lower-case ASCII letters, digits and single hyphens, so that an id is
 * always a safe folder name under {@code translations/} (no {@code ..}, no slashes).
 */
public final class DocumentId {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 80;

    private DocumentId() {
    }

    /** Returns the id unchanged when it is a valid slug. */
    public static String validate(String id) {
        if (!isValid(id)) {
            throw TandemException.badInput("invalid document id (use a-z, 0-9 and hyphens; not a reserved name such as con or nul): " + printable(id));
        }
        return id;
    }

    /** Whether the text is a document id (a folder name the store may have made). */
    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches() && !ReservedNames.isReserved(id);
    }

    /** Makes a slug from a file name or title: {@code "Été à Paris.docx"} becomes {@code ete-a-paris}. */
    public static String slugOf(String name) {
        String base = name == null ? "" : name.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (ReservedNames.isReserved(slug)) {
            slug = slug + "-document";
        }
        return slug.isEmpty() ? "document" : slug;
    }

    private static String printable(String id) {
        if (id == null) {
            return "(none)";
        }
        String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
