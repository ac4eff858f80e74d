package dev.tandem.app;

import dev.tandem.exchange.BilingualFile;
import dev.tandem.exchange.BilingualReader;
import dev.tandem.exchange.ImportedUnit;
import dev.tandem.model.DocumentId;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.MemoryEntry;
import dev.tandem.model.Provenance;
import dev.tandem.model.ReferenceMemory;
import dev.tandem.model.SourceHash;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TMX files as reference memories: a file read into its description and its memory entries, each
 * entry saying who translated it and when as far as the file does, with the memory's penalty.
 */
final class ReferenceFiles {

    private static final String GROUP_PREFIX = "tmx/";

    /** 2: translator and date read from the tuv as well (OmegaT); a change makes old indexes read the files again. */
    private static final String READ_AS = "2";

    private final BilingualReader reader = new BilingualReader();
    private final Clock clock;

    ReferenceFiles(Clock clock) {
        this.clock = clock;
    }

    /** A TMX file read: what the memory list shows of it, and its pairs. */
    record Read(ReferenceMemory reference, List<ImportedUnit> units) {
    }

    /** Reads a file to add as a reference memory. Languages default to the ones the file declares. */
    Read read(byte[] content, String fileName, int penalty, LanguageTag from, LanguageTag to) {
        if (penalty < 0 || penalty > 100) {
            throw TandemException.badInput("the penalty is a number of points from 0 to 100");
        }
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".tmx")) {
            throw new TandemException(TandemException.Kind.UNSUPPORTED, fileName + ": a reference memory is a TMX file (.tmx)");
        }
        BilingualFile tmx = reader.read(content, fileName, from == null ? null : from.tag(), to == null ? null : to.tag());
        String source = from != null ? from.tag() : declared(tmx.sourceLanguage(), fileName, "source", "--from");
        String target = to != null ? to.tag() : declared(tmx.targetLanguage(), fileName, "target", "--to");
        String name = DocumentId.slugOf(fileName);
        ReferenceMemory reference = new ReferenceMemory(name, name + ".tmx", LanguageTag.of(source).tag(), LanguageTag.of(target).tag(),
                (int) tmx.units().stream().filter(ReferenceFiles::isPair).count(), penalty, clock.instant(), SourceHash.sha256(content));
        return new Read(reference, tmx.units());
    }

    /** The pairs of a reference memory kept in the store. */
    List<ImportedUnit> units(ReferenceMemory reference, byte[] content) {
        return reader.read(content, reference.file(), reference.sourceLanguage(), reference.targetLanguage()).units();
    }

    /** A TMX file's entries for one run only (pre-translation with {@code --tm}), not kept. */
    List<MemoryEntry> once(Path file, LanguageTag from, LanguageTag to) {
        String fileName = file.getFileName().toString();
        ReferenceMemory reference = new ReferenceMemory("once-" + DocumentId.slugOf(fileName), fileName, from.tag(), to.tag(),
                0, 0, clock.instant(), "");
        return entries(reference, reader.read(content(file), fileName, from.tag(), to.tag()).units());
    }

    static List<MemoryEntry> entries(ReferenceMemory reference, List<ImportedUnit> units) {
        List<MemoryEntry> entries = new ArrayList<>();
        String group = group(reference.name());
        for (int i = 0; i < units.size(); i++) {
            ImportedUnit unit = units.get(i);
            if (isPair(unit)) {
                entries.add(new MemoryEntry(group + "/" + i, group, unit.codedSource(), unit.codedTarget(), reference.sourceLanguage(),
                        reference.targetLanguage(), Provenance.reference(reference.file(), unit.by(), unit.updated(), reference.penalty()),
                        null, null));
            }
        }
        return entries;
    }

    static String group(String name) {
        return GROUP_PREFIX + name;
    }

    /** Whether an index group holds a reference memory (not a translation of the store). */
    static boolean isGroup(String group) {
        return group.startsWith(GROUP_PREFIX);
    }

    /** What a reference group was read from: the next start re-reads it when this differs. */
    static String stamp(ReferenceMemory reference) {
        return READ_AS + "|" + reference.sha256() + "|" + reference.penalty() + "|" + reference.sourceLanguage() + ">" + reference.targetLanguage();
    }

    static byte[] content(Path file) {
        try {
            if (Files.size(file) > BilingualReader.MAX_BYTES) {
                throw new TandemException(TandemException.Kind.TOO_LARGE, file.getFileName() + ": larger than the limit of "
                        + BilingualReader.MAX_BYTES / (1024 * 1024) + " MB for bilingual files");
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw TandemException.notFound("no such file: " + file);
        } catch (IOException e) {
            throw TandemException.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static boolean isPair(ImportedUnit unit) {
        return !unit.source().isBlank() && !unit.target().isBlank();
    }

    private static String declared(String language, String fileName, String which, String option) {
        if (language == null || language.isBlank()) {
            throw TandemException.badInput(fileName + ": the file does not declare its " + which + " language; choose it with " + option);
        }
        return language;
    }
}
