package dev.tandem.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.InlineCode;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Earlier targets of a language's units, append-only: {@code <lang>.history.jsonl}, one JSON object
 * per line, one fsynced append per change, so a save costs the same however long the history is.
 * A crash between the history append and the translation write leaves the entry twice (the save is
 * retried from the same revision); entries are therefore unique by (unit, rev) when read, the
 * first one kept. A torn last line is skipped. The older {@code <lang>.history.json} (one JSON map)
 * stays readable and is migrated on the first append.
 */
final class HistoryLog {

    /** One line of the history file. */
    record Line(String unit, long rev, String target, Status status, String by, Instant updated, List<InlineCode> codes) {
        Line {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }

        Line(String unit, long rev, String target, Status status, String by, Instant updated) {
            this(unit, rev, target, status, by, updated, List.of());
        }

        static Line of(Unit unit) {
            return new Line(unit.id(), unit.rev(), unit.target(), unit.status(), unit.by(), unit.updated(), unit.codes());
        }

        HistoryEntry entry() {
            return new HistoryEntry(rev, target, status, by, updated, codes);
        }
    }

    /** The format before the log: every unit's earlier targets in one pretty JSON map. */
    record LegacyHistory(Map<String, List<HistoryEntry>> units) {
    }

    private final ObjectMapper mapper;
    private final DocumentFiles files;

    HistoryLog(ObjectMapper mapper, DocumentFiles files) {
        this.mapper = mapper;
        this.files = files;
    }

    /** Appends the units' current targets (about to be replaced) to the log. */
    void append(Path log, Path legacy, List<Unit> previous) {
        if (previous.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (Unit unit : previous) {
            lines.append(line(Line.of(unit)));
        }
        try {
            if (!Files.exists(log) && Files.exists(legacy)) {
                migrate(log, legacy, lines.toString());
                return;
            }
            AppendOnlyFile.append(log, lines.toString().getBytes(StandardCharsets.UTF_8));
            Files.deleteIfExists(legacy); // a migration that stopped before deleting the old file
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + log.getFileName(), e);
        }
    }

    /** Earlier targets by unit id, oldest first, unique by revision. */
    Map<String, List<HistoryEntry>> read(Path log, Path legacy) {
        if (!Files.exists(log)) {
            return files.read(legacy, LegacyHistory.class).map(LegacyHistory::units).orElse(Map.of());
        }
        Map<String, List<HistoryEntry>> units = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try {
            for (String text : AppendOnlyFile.lines(log)) {
                Line line = parse(text);
                if (line != null && seen.add(line.unit() + "\u0000" + line.rev())) {
                    units.computeIfAbsent(line.unit(), id -> new ArrayList<>()).add(line.entry());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log.getFileName(), e);
        }
        units.replaceAll((id, entries) -> List.copyOf(entries));
        return units;
    }

    private Line parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return mapper.readValue(text, Line.class);
        } catch (JsonProcessingException e) {
            return null; // a line torn by a crash in the middle of an append
        }
    }

    private String line(Line line) {
        try {
            return mapper.writeValueAsString(line) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the whole old history and the new lines as the log (atomically), then removes the old file. */
    private void migrate(Path log, Path legacy, String newLines) throws IOException {
        StringBuilder content = new StringBuilder();
        read(log, legacy).forEach((unit, entries) -> entries.forEach(entry -> content.append(line(
                new Line(unit, entry.rev(), entry.target(), entry.status(), entry.by(), entry.updated())))));
        content.append(newLines);
        files.writeBytes(log, content.toString().getBytes(StandardCharsets.UTF_8));
        Files.delete(legacy);
    }
}
