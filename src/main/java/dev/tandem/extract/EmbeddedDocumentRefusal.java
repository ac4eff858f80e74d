package dev.tandem.extract;

import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

/**
 * Refuses every embedded resource (images, attachments, nested archives, OLE objects): an
 * article is the document's own text, and each nested parse is a way in for a decompression bomb
 * and a cost in time and memory.
 */
final class EmbeddedDocumentRefusal implements EmbeddedDocumentExtractor {

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        // never called: shouldParseEmbedded refuses everything
    }
}
