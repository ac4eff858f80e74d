package dev.tandem.exchange;

import dev.tandem.model.InlineCode;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The URL of a link code, when the translated article may make it a link. A code's data is the
 * markup it was extracted from ({@code <a href="…">}); it is read with an XML parser, not picked
 * apart by hand. Only absolute {@code http}, {@code https} and {@code mailto} URLs are followed: a
 * {@code javascript:} or {@code data:} URL, a relative one (it pointed into a site the article has
 * left) or anything unparsable makes the link's words plain text.
 */
final class LinkTargets {

    private static final Set<String> FOLLOWED = Set.of("http", "https", "mailto");

    private LinkTargets() {
    }

    /** The URL to link to, or null when the code is not a link or its URL may not be followed. */
    static String followable(InlineCode code) {
        if (!code.type().equals(InlineCode.LINK) || code.kind() != InlineCode.Kind.OPEN) {
            return null;
        }
        String href = href(code.data());
        if (href == null) {
            return null;
        }
        try {
            URI uri = new URI(href.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!FOLLOWED.contains(scheme) || (!scheme.equals("mailto") && (uri.getHost() == null || uri.getHost().isEmpty()))) {
                return null;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String href(String data) {
        if (!data.startsWith("<a ")) {
            return null;
        }
        XMLStreamReader reader = null;
        try {
            reader = SecureXml.factory().createXMLStreamReader(new StringReader(data + "</a>"));
            reader.nextTag();
            return reader.getAttributeValue(null, "href");
        } catch (XMLStreamException e) {
            return null;
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was opened that closing could leak
                }
            }
        }
    }
}
