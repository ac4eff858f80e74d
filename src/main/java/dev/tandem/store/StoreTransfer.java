package dev.tandem.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Progress;
import dev.tandem.model.ReferenceMemory;
import dev.tandem.model.SharedText;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;

/**
 * Moves a store between a JSON folder and a database whole: every document with, for each of its
 * languages, the units, the history in the order it was written, the comments, the alignment, the
 * progress snapshots and the ignored QA findings; and the glossary and the reference memories. A
 * folder exported from a database that was imported from a folder has the same bytes (what else the
 * folder keeps — accounts, the trash of removed languages, the memory's index — does not move).
 */
public final class StoreTransfer {

    private final ObjectMapper mapper = JsonMapperFactory.create();
    private final Clock clock;

    public StoreTransfer(Clock clock) {
        this.clock = clock;
    }

    /** Loads every document of the JSON store at {@code folder} into the database, replacing those of the same ids. */
    public int importFolder(Path folder, PostgresStore database) {
        if (!Files.isDirectory(folder)) {
            throw TandemException.badInput("no store folder " + folder);
        }
        DocumentFiles files = new DocumentFiles(folder, mapper, new AtomicFileWriter());
        int count = 0;
        try (JsonFolderStore json = new JsonFolderStore(folder, mapper, new AtomicFileWriter(), clock)) {
            for (Document document : json.documents()) {
                List<LanguageContent> languages = new ArrayList<>();
                for (LanguageTag language : json.languages(document.id())) {
                    languages.add(new LanguageContent(json.translation(document.id(), language), history(files, document.id(), language),
                            json.comments(document.id(), language), json.alignment(document.id(), language).orElse(null),
                            files.read(files.progress(document.id(), language), Progress.class).orElse(null),
                            translationFiles(files, document.id(), language)));
                }
                database.transfer().load(document, languages);
                count++;
            }
            for (String name : DocumentStore.PROJECT_FILES) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file)) {
                    database.transfer().loadProjectFile(name, text(files, file));
                }
            }
            ReferenceMemories references = json.referenceMemories();
            for (ReferenceMemory memory : references.list()) {
                database.referenceMemories().add(memory, references.content(memory));
            }
        }
        // The project's segmentation rules become the team's (a JSON store keeps them beside its documents).
        Path rules = folder.resolve(DocumentStore.TEAM_SEGMENTATION_RULES);
        if (Files.isRegularFile(rules)) {
            String srx = text(files, rules);
            database.teamFile(DocumentStore.TEAM_SEGMENTATION_RULES).orElseThrow().update(before -> srx);
        }
        return count;
    }

    /** Writes every document of the database as a JSON store into {@code folder}, which must hold no store yet. */
    public int exportFolder(PostgresStore database, Path folder) {
        DocumentFiles files = new DocumentFiles(folder, mapper, new AtomicFileWriter());
        if (!files.documentIds().isEmpty()) {
            throw TandemException.badInput(folder + " already holds a store; export into a new folder");
        }
        int count = 0;
        for (Document document : database.documents()) {
            String id = document.id();
            try {
                Files.createDirectories(files.folder(id));
            } catch (IOException e) {
                throw files.cannotWrite(files.folder(id), e);
            }
            for (LanguageTag language : database.languages(id)) {
                LanguageContent content = database.transfer().content(id, language);
                files.write(files.translation(id, language), content.translation());
                if (!content.history().isEmpty()) {
                    files.writeBytes(files.history(id, language), lines(content.history()));
                }
                if (!content.comments().isEmpty()) {
                    files.write(UnitComments.file(files.folder(id), language), new UnitComments.CommentFile(content.comments()));
                }
                if (content.alignment() != null) {
                    files.write(files.alignment(id, language), content.alignment());
                }
                if (content.progress() != null) {
                    files.write(files.progress(id, language), content.progress());
                }
                for (Map.Entry<String, String> file : content.files().entrySet()) {
                    files.writeBytes(files.translationFile(id, language, file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
            files.write(files.source(id), document); // last: a folder is a document once it has its source
            count++;
        }
        for (String name : DocumentStore.PROJECT_FILES) {
            database.transfer().projectFileText(name).ifPresent(text -> files.writeBytes(folder.resolve(name), text.getBytes(StandardCharsets.UTF_8)));
        }
        Optional<String> rules = database.teamFile(DocumentStore.TEAM_SEGMENTATION_RULES).flatMap(SharedText::read);
        if (rules.isPresent()) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw files.cannotWrite(folder, e);
            }
            files.writeBytes(folder.resolve(DocumentStore.TEAM_SEGMENTATION_RULES), rules.get().getBytes(StandardCharsets.UTF_8));
        }
        ReferenceMemories references = database.referenceMemories();
        ReferenceMemoryFolder written = new ReferenceMemoryFolder(folder, mapper, new AtomicFileWriter());
        for (ReferenceMemory memory : references.list()) {
            written.add(memory, references.content(memory));
        }
        return count;
    }

    /** The text of each translation file the JSON store has for a language, by name. */
    private static Map<String, String> translationFiles(DocumentFiles files, String documentId, LanguageTag language) {
        Map<String, String> texts = new TreeMap<>();
        for (String name : DocumentStore.TRANSLATION_FILES) {
            Path file = files.translationFile(documentId, language, name);
            if (Files.isRegularFile(file)) {
                texts.put(name, text(files, file));
            }
        }
        return texts;
    }

    private static String text(DocumentFiles files, Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw files.cannotRead(file, e);
        }
    }

    /** The history lines of a language in file order, unique by (unit, rev) as {@link HistoryLog} reads them. */
    private List<HistoryLog.Line> history(DocumentFiles files, String documentId, LanguageTag language) {
        Path log = files.history(documentId, language);
        List<HistoryLog.Line> lines = new ArrayList<>();
        if (!Files.exists(log)) {
            new HistoryLog(mapper, files).read(log, files.legacyHistory(documentId, language)).forEach((unit, entries) ->
                    entries.forEach(entry -> lines.add(new HistoryLog.Line(unit, entry.rev(), entry.target(), entry.status(),
                            entry.by(), entry.updated(), entry.codes()))));
            return lines;
        }
        Set<String> seen = new HashSet<>();
        try {
            for (String text : AppendOnlyFile.lines(log)) {
                if (text.isBlank()) {
                    continue;
                }
                HistoryLog.Line line;
                try {
                    line = mapper.readValue(text, HistoryLog.Line.class);
                } catch (JsonProcessingException e) {
                    continue; // a line torn by a crash, skipped as the JSON store skips it
                }
                if (seen.add(line.unit() + "\u0000" + line.rev())) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw files.cannotRead(log, e);
        }
        return lines;
    }

    private byte[] lines(List<HistoryLog.Line> history) {
        StringBuilder text = new StringBuilder();
        for (HistoryLog.Line line : history) {
            try {
                text.append(mapper.writeValueAsString(line)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
