package dev.tandem.app;

import dev.tandem.model.CodedText;
import dev.tandem.model.Match;
import dev.tandem.model.MatchBand;
import dev.tandem.model.MemoryEntry;
import dev.tandem.memory.TranslationMemory;
import dev.tandem.model.Document;
import dev.tandem.model.Segment;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.StaleSaveException;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fills the empty units of a translation from the memory. Only units nobody has touched (no
 * target, status initial, never saved) are filled; each fill is a normal save, so the history
 * keeps it and a unit someone saved meanwhile is refused, not overwritten. Exact and context
 * matches of checked entries become {@code translated}; anything less (a fuzzy match, a match
 * from an unverified alignment or another region) a draft. Filled units are marked: by
 * {@value #FILLED_BY}, with a note saying from where. The match's inline codes are carried over onto
 * the unit's own ({@link Match#insertion()}); a fill whose codes would not pass a confirmation (a tag
 * that may not be left out is missing) stays a draft.
 */
final class Pretranslation {

    /** The name filled units carry in {@code by}, so nobody takes them for a translator's work. */
    static final String FILLED_BY = "memory";

    interface Saver {
        Unit save(String document, LanguageTag language, UnitEdit edit);
    }

    private Pretranslation() {
    }

    static PretranslationReport run(TranslationMemory memory, Document document, Translation translation, int minimum, Saver saver) {
        Map<String, String> texts = document.segmentTexts();
        Map<String, Segment> segments = document.segmentsById();
        LanguageTag language = LanguageTag.of(translation.language());
        Map<MatchBand, Long> filled = new EnumMap<>(MatchBand.class);
        int translated = 0;
        int drafts = 0;
        int noMatch = 0;
        int untouched = 0;
        int conflicts = 0;
        List<Unit> units = translation.units();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (!untouched(unit)) {
                untouched++;
                continue;
            }
            CodedText source = StoreEntries.sourceCoded(document, unit, segments);
            List<Match> best = memory.matches(MemoryService.query(document, translation, texts, i, minimum, 1)
                    .withCodes(source.codes()).excluding(Set.of(StoreEntries.key(document.id(), language.tag(), unit.id()))));
            if (best.isEmpty()) {
                noMatch++;
                continue;
            }
            Match match = best.get(0);
            CodedText target = match.insertion();
            boolean exact = match.score() >= Match.EXACT_SCORE && !match.entry().origin().unverified()
                    && target.problemsAgainst(source).isEmpty();
            try {
                saver.save(document.id(), language, new UnitEdit(unit.id(), unit.rev(), target.text(),
                        exact ? Status.TRANSLATED : Status.INITIAL, FILLED_BY, note(unit, match), target.codes()));
            } catch (StaleSaveException stale) {
                conflicts++;
                continue;
            }
            filled.merge(MatchBand.of(match.score()), 1L, Long::sum);
            if (exact) {
                translated++;
            } else {
                drafts++;
            }
        }
        Map<String, Long> byBand = new LinkedHashMap<>();
        filled.forEach((band, count) -> byBand.put(band.label(), count));
        return new PretranslationReport(document.id(), language.tag(), minimum, translated, drafts, noMatch, untouched, conflicts, byBand);
    }

    /** Never saved, no target, still initial: nobody worked on it. */
    static boolean untouched(Unit unit) {
        return !unit.hasTarget() && unit.status() == Status.INITIAL && unit.rev() == 0;
    }

    static String note(Unit unit, Match match) {
        MemoryEntry entry = match.entry();
        String from = entry.origin().name() + (entry.origin().unit() == null ? "" : " " + entry.origin().unit());
        String marker = String.format(Locale.ROOT, "filled from memory: %d %% from %s", match.score(), from);
        return unit.note() == null || unit.note().isBlank() ? marker : unit.note() + "; " + marker;
    }
}
