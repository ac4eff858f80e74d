package dev.tandem.store;

import dev.tandem.model.LanguageTag;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Which document folders a JSON store has and which languages each holds. While this process is
 * the store's one writer (a server that claimed it) nothing else changes the folder, so the listing
 * is read from the disk once and then kept current by the store's own changes: a save's checks that
 * ask for every document's languages list no folders. Any other process lists the disk each time.
 */
final class FolderListing {

    private final DocumentFiles files;
    private final BooleanSupplier soleWriter;
    private final Map<String, List<LanguageTag>> languages = new ConcurrentHashMap<>();
    private List<String> documentIds;

    FolderListing(DocumentFiles files, BooleanSupplier soleWriter) {
        this.files = files;
        this.soleWriter = soleWriter;
    }

    /** The ids of the stored documents, sorted. */
    List<String> documentIds() {
        if (!soleWriter.getAsBoolean()) {
            return files.documentIds();
        }
        synchronized (this) { // a change forgetting the list waits: a listing read before it is never kept after it
            if (documentIds == null) {
                documentIds = files.documentIds();
            }
            return documentIds;
        }
    }

    /** The languages stored for a document, in the folder's order. */
    List<LanguageTag> languages(String documentId) {
        if (!soleWriter.getAsBoolean()) {
            return files.languages(documentId);
        }
        return languages.computeIfAbsent(documentId, id -> List.copyOf(files.languages(id)));
    }

    /** A document or its set of languages changed (called after the change is on disk). */
    synchronized void changed(String documentId) {
        documentIds = null;
        languages.remove(documentId);
    }

    /** Everything may have changed (the store was just claimed, or recovered). */
    synchronized void forgetAll() {
        documentIds = null;
        languages.clear();
    }
}
