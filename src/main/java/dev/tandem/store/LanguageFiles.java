package dev.tandem.store;

import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One translation's files in a JSON store: the language file, the journal of saves appended to it
 * since it was last written, and how the two become one again (folding). Every write goes through
 * {@link StoreCommit}, so a crash leaves the old files or the new ones. The caller holds the
 * translation's lock.
 */
final class LanguageFiles {

    private final DocumentFiles files;
    private final SaveJournal journal;
    private final StoreCommit commit;
    private final JournalFolding folding;

    LanguageFiles(DocumentFiles files, SaveJournal journal, StoreCommit commit, JournalFolding folding) {
        this.files = files;
        this.journal = journal;
        this.commit = commit;
        this.folding = folding;
    }

    static String key(String documentId, LanguageTag language) {
        return documentId + "/" + language.tag();
    }

    /** The translation as stored: the language file with the journal's saves applied; empty when there is no file. */
    Optional<Translation> read(String documentId, LanguageTag language) {
        Optional<Translation> file = files.read(files.translation(documentId, language), Translation.class);
        if (file.isEmpty()) {
            return file;
        }
        Path journalFile = files.journal(documentId, language);
        try {
            return Optional.of(journal.replay(file.get(), journalFile));
        } catch (IOException e) {
            throw files.cannotRead(journalFile, e);
        }
    }

    /** A few saved units appended to the journal; folded into the language file once the journal is long. */
    void append(String documentId, LanguageTag language, List<Unit> saved) {
        Path file = files.journal(documentId, language);
        try {
            journal.append(file, saved);
        } catch (IOException e) {
            throw files.cannotWrite(file, e);
        }
        if (folding.appended(key(documentId, language), saved.size())) {
            fold(documentId, language);
        }
    }

    /** The whole language file written again (and the alignment, when one is given); the journal goes. */
    void rewrite(String documentId, LanguageTag language, Translation after, AlignmentRecord alignment) {
        Map<String, byte[]> written = new LinkedHashMap<>();
        if (alignment != null) {
            written.put(files.alignment(documentId, language).getFileName().toString(), files.pretty(alignment));
        }
        written.put(files.translation(documentId, language).getFileName().toString(), files.pretty(after));
        commit(documentId, written, List.of(files.journal(documentId, language).getFileName().toString()), false);
        folding.folded(key(documentId, language));
    }

    /** Folds the journal into the language file: the file as read from disk with the journal applied. */
    void fold(String documentId, LanguageTag language) {
        Path journalFile = files.journal(documentId, language);
        if (!Files.exists(journalFile)) {
            folding.folded(key(documentId, language));
            return;
        }
        Translation folded = read(documentId, language).orElseThrow();
        commit(documentId, Map.of(files.translation(documentId, language).getFileName().toString(), files.pretty(folded)),
                List.of(journalFile.getFileName().toString()), false);
        folding.folded(key(documentId, language));
    }

    /** Writes {@code written} and removes {@code removals} in the document's folder, all or nothing. */
    void commit(String documentId, Map<String, byte[]> written, List<String> removals, boolean create) {
        Path folder = files.folder(documentId);
        try {
            commit.apply(folder, written, removals, create);
        } catch (IOException e) {
            throw files.cannotWrite(folder.resolve(written.keySet().iterator().next()), e);
        }
    }
}
