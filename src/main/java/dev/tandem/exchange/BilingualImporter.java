package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.Document;
import dev.tandem.model.TandemException;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.ImportReport;
import dev.tandem.model.Segment;
import dev.tandem.model.SourceHash;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fills a translation's targets from a bilingual file. A file unit is matched by id when the id is
 * one of ours, otherwise by its source text (NFC, whitespace collapsed). Nothing is overwritten
 * silently: a unit changed in Tandem after the file's revision, or holding a different target when
 * the file names no revision, is skipped unless {@link ImportOptions#overwrite()}.
 */
public final class BilingualImporter {

    /** The new translation (to be written under the store's lock) and the report. */
    public record Outcome(Translation translation, ImportReport report) {
    }

    public Outcome apply(Document document, Translation translation, BilingualFile file, ImportOptions options, Instant now) {
        Map<String, String> texts = document.segmentTexts();
        // By id once: the document's own lookup scans its list, which would make an import quadratic.
        Map<String, Segment> segments = document.segmentsById();
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Deque<Integer>> bySource = new HashMap<>();
        List<Unit> units = new ArrayList<>(translation.units());
        for (int i = 0; i < units.size(); i++) {
            byId.put(units.get(i).id(), i);
            bySource.computeIfAbsent(normalized(units.get(i).sourceText(texts::get)), k -> new ArrayDeque<>()).add(i);
        }
        Set<Integer> taken = new HashSet<>();
        Map<Integer, Unit> changed = new LinkedHashMap<>();
        int matched = 0;
        int unchanged = 0;
        int skippedNewer = 0;
        int skippedExisting = 0;
        List<String> misplaced = new ArrayList<>();
        boolean spreadsheet = file.format() == ExchangeFormat.CSV || file.format() == ExchangeFormat.TSV;
        for (ImportedUnit fromFile : file.units()) {
            ImportedUnit incoming = fromFile;
            Integer index = matchById(incoming, byId, taken);
            if (index == null && spreadsheet && incoming.codedSource().hasCodes()) {
                // A sentence whose text really holds "{1}" is matched before one that reads the braces as tags.
                index = matchBySource(literal(fromFile), bySource, taken);
            }
            if (index == null) {
                index = matchBySource(incoming, bySource, taken);
            }
            if (index == null) {
                continue;
            }
            matched++;
            taken.add(index);
            Unit current = units.get(index);
            CodedText ourSource = document.sourceCoded(current, segments::get);
            if (spreadsheet && !ourSource.hasCodes()) {
                incoming = literal(fromFile);
            }
            ImportedUnit read = spreadsheetFilled(file.format(), current, incoming);
            CodedText target = TargetCodePlacement.place(ourSource, read);
            switch (decide(current, read, target, options)) {
                case UNCHANGED -> unchanged++;
                case SKIP_NEWER -> skippedNewer++;
                case SKIP_EXISTING -> skippedExisting++;
                case FILL -> {
                    if (target == null && !options.plainText()) {
                        misplaced.add(current.id());
                    }
                    Unit filled = filled(current.sourceText(texts::get), current, read, options, now);
                    changed.put(index, target == null ? filled : filled.withTarget(target));
                }
            }
        }
        if (!misplaced.isEmpty()) {
            throw TandemException.badInput(misplaced.size() + " unit" + (misplaced.size() == 1 ? "" : "s")
                    + " have inline codes (tags) that do not match this document's source and cannot be placed: "
                    + String.join(", ", misplaced.subList(0, Math.min(10, misplaced.size())))
                    + (misplaced.size() > 10 ? ", …" : "") + "; nothing was imported (--plain-text imports them without their tags)");
        }
        changed.forEach(units::set);
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            int count = (int) taken.stream().filter(index -> units.get(index).status() == status).count();
            if (count > 0) {
                statuses.put(status.name().toLowerCase(Locale.ROOT), count);
            }
        }
        ImportReport report = new ImportReport(file.format().label(), translation.language(), file.units().size(), matched,
                changed.size(), unchanged, skippedNewer, skippedExisting, file.units().size() - matched, statuses);
        return new Outcome(new Translation(translation.document(), translation.language(), units), report);
    }

    private enum Decision { FILL, UNCHANGED, SKIP_NEWER, SKIP_EXISTING }

    /**
     * People filling the target column of a spreadsheet do not maintain its status column: a
     * CSV/TSV target typed in (not the one Tandem holds) under an empty or {@code initial} status
     * was translated.
     */
    private static ImportedUnit spreadsheetFilled(ExchangeFormat format, Unit current, ImportedUnit incoming) {
        boolean spreadsheet = format == ExchangeFormat.CSV || format == ExchangeFormat.TSV;
        if (spreadsheet && incoming.status() == Status.INITIAL && !incoming.target().isBlank()
                && !incoming.target().equals(current.target())) {
            return incoming.withStatus(Status.TRANSLATED);
        }
        return incoming;
    }

    /**
     * A cell of a spreadsheet whose unit has no codes in our source is text, braces and all: the
     * placeholders it seemed to hold are put back as they were typed.
     */
    private static ImportedUnit literal(ImportedUnit incoming) {
        return new ImportedUnit(incoming.id(), CellPlaceholders.written(incoming.codedSource()),
                CellPlaceholders.written(incoming.codedTarget()), incoming.status(), incoming.rev(), incoming.by(), incoming.note());
    }

    /** {@code placed}: the incoming target with our codes where the file put its tags (null: they cannot be placed). */
    private static Decision decide(Unit current, ImportedUnit incoming, CodedText placed, ImportOptions options) {
        if (incoming.target().isBlank()) {
            return Decision.UNCHANGED; // an empty target in a file never erases a translation
        }
        Status status = statusOf(incoming, current);
        boolean sameNote = incoming.note() == null || incoming.note().equals(current.note());
        // Tags moved in the file are a change; a file without tags (or with tags we cannot place) says nothing about ours.
        boolean sameCodes = placed == null || !placed.hasCodes() || placed.codes().equals(current.codedTarget().codes());
        if (incoming.target().equals(current.target()) && sameCodes && status == current.status() && sameNote) {
            return Decision.UNCHANGED;
        }
        if (options.overwrite()) {
            return Decision.FILL;
        }
        if (incoming.rev() != null) {
            return current.rev() > incoming.rev() ? Decision.SKIP_NEWER : Decision.FILL;
        }
        return current.hasTarget() && !current.target().equals(incoming.target()) ? Decision.SKIP_EXISTING : Decision.FILL;
    }

    private static Unit filled(String source, Unit current, ImportedUnit incoming, ImportOptions options, Instant now) {
        // A target written against another source text keeps that text's hash: the unit shows "source changed".
        String hash = incoming.source().isEmpty() || normalized(incoming.source()).equals(normalized(source))
                ? SourceHash.of(source) : SourceHash.of(incoming.source());
        String by = options.by() != null ? options.by() : incoming.by();
        return new Unit(current.id(), current.sources(), incoming.target(), statusOf(incoming, current), current.rev() + 1,
                now, by, hash, incoming.note() != null ? incoming.note() : current.note());
    }

    private static Status statusOf(ImportedUnit incoming, Unit current) {
        if (incoming.status() != null) {
            return incoming.status();
        }
        return current.status() == Status.INITIAL ? Status.TRANSLATED : current.status();
    }

    private static Integer matchById(ImportedUnit incoming, Map<String, Integer> byId, Set<Integer> taken) {
        Integer index = incoming.id() == null ? null : byId.get(incoming.id());
        return index != null && !taken.contains(index) ? index : null;
    }

    private static Integer matchBySource(ImportedUnit incoming, Map<String, Deque<Integer>> bySource, Set<Integer> taken) {
        Deque<Integer> candidates = bySource.get(normalized(incoming.source()));
        while (candidates != null && !candidates.isEmpty()) {
            Integer index = candidates.poll();
            if (!taken.contains(index)) {
                return index;
            }
        }
        return null;
    }

    static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
