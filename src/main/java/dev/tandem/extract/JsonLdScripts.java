package dev.tandem.extract;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;

/**
 * Finds the JSON-LD scripts of a page in its raw bytes. Tika's HTML handler passes head scripts
 * on only as embedded documents, and that path fails on some real pages (a {@code data:} URI
 * without a media type inside a script throws), so we read the first bytes of the page ourselves
 * before Tika parses it, and decode them with the charset Tika detected.
 */
final class JsonLdScripts {

    private static final int PEEK_BYTES = 3 * 1024 * 1024;
    private static final Pattern SCRIPT = Pattern.compile(
            "<script[^>]*type\\s*=\\s*[\"']?application/ld\\+json[^>]*>(.*?)</script>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private JsonLdScripts() {
    }

    static byte[] peek(TikaInputStream stream) throws IOException {
        stream.mark(PEEK_BYTES);
        try {
            return stream.readNBytes(PEEK_BYTES);
        } finally {
            stream.reset();
        }
    }

    static List<String> find(byte[] head, Metadata metadata) {
        String text = new String(head, charset(metadata));
        List<String> scripts = new ArrayList<>();
        // A cheap search for the marker first: a regex over megabytes of page is the slow part.
        int marker = text.indexOf("application/ld+json");
        while (marker >= 0) {
            int open = text.lastIndexOf('<', marker);
            int end = text.indexOf("</script", marker);
            if (open < 0 || end < 0) {
                break;
            }
            Matcher matcher = SCRIPT.matcher(text).region(open, Math.min(text.length(), end + 9));
            if (matcher.lookingAt()) {
                scripts.add(matcher.group(1).strip());
            }
            marker = text.indexOf("application/ld+json", end);
        }
        return scripts;
    }

    private static Charset charset(Metadata metadata) {
        String encoding = metadata.get(HttpHeaders.CONTENT_ENCODING);
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
