package dev.tandem.extract;

import java.io.IOException;
import java.util.Locale;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * The format of an input: what Tika detects from its bytes and name, except that a file named
 * {@code .txt} is plain text whatever its first lines look like (Tika's magic takes a text whose
 * first lines read "From: …" or "Subject: …" for {@code message/rfc822}).
 */
final class FileFormat {

    private static final MediaType MARKDOWN = MediaType.parse("text/x-web-markdown");

    private FileFormat() {
    }

    static MediaType detect(Detector detector, TikaInputStream stream, Metadata metadata, String fileName) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        MediaType type;
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            type = MediaType.TEXT_PLAIN;
        } else if (name.endsWith(".md") || name.endsWith(".markdown")) {
            type = MARKDOWN;
        } else {
            type = detector.detect(stream, metadata);
        }
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString());
        return type;
    }

    static boolean isHtml(MediaType type) {
        String base = type.getBaseType().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml") || base.equals("application/vnd.wap.xhtml+xml");
    }

    static boolean isPlainText(MediaType type) {
        String base = type.getBaseType().toString();
        return base.equals("text/plain") || base.equals("text/x-web-markdown") || base.equals("text/markdown");
    }
}
