package dev.tandem.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The saves of a language not yet folded into {@code <lang>.json}: {@code <lang>.journal.jsonl},
 * one saved unit per line. A save appends one line (one fsync) instead of rewriting the whole
 * language file, so its cost does not grow with the document. Readers apply the journal to the
 * file; it is folded into the file when idle, on close and on open, in one {@link StoreCommit}
 * that also removes it, and every other rewrite of the file removes it the same way, so a journal
 * always belongs to the file beside it.
 */
final class SaveJournal {

    private final ObjectMapper mapper;

    SaveJournal(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void append(Path journal, List<Unit> saved) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Unit unit : saved) {
            lines.append(mapper.writeValueAsString(unit)).append('\n');
        }
        AppendOnlyFile.append(journal, lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The translation with the journal's saves applied, in order. A line applies to the unit of
     * its id when it holds the same sentences at an older revision; a torn last line is skipped.
     */
    Translation replay(Translation file, Path journal) throws IOException {
        List<String> lines = AppendOnlyFile.lines(journal);
        if (lines.isEmpty()) {
            return file;
        }
        List<Unit> units = new ArrayList<>(file.units());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            index.put(units.get(i).id(), i);
        }
        for (String line : lines) {
            Unit saved = parse(line);
            Integer at = saved == null ? null : index.get(saved.id());
            if (at != null && units.get(at).sources().equals(saved.sources()) && saved.rev() > units.get(at).rev()) {
                units.set(at, saved);
            }
        }
        return file.withUnits(units);
    }

    private Unit parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return mapper.readValue(line, Unit.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null; // torn by a crash in the middle of an append
        }
    }
}
