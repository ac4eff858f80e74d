package dev.tandem.exchange;

import dev.tandem.model.Document;
import java.time.Instant;
import java.util.List;

/**
 * Everything a writer needs: the document, the target language, the units to write (already
 * filtered by the export options), the export time and the tool's version for file headers.
 */
record ExportContext(Document document, String targetLanguage, List<BilingualUnit> units, Instant exportedAt,
                     String toolVersion) {
    ExportContext {
        units = List.copyOf(units);
    }

    String sourceLanguage() {
        return document.sourceLanguage();
    }

    String originalName() {
        return document.origin() != null && document.origin().fileName() != null ? document.origin().fileName() : document.id();
    }
}
