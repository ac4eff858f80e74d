package dev.tandem.coverage;

import dev.tandem.model.Counts;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageCoverage;
import dev.tandem.model.Tally;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures the coverage of translations. Segment counts are computed once per document and kept
 * until the document is replaced (a re-import gives a new {@link Document} instance), so measuring
 * after every save walks the units without analysing any text again. The last measure of each
 * language is kept too: a save changes one unit of a translation (the others are the same
 * objects), so the next measure only corrects the tallies for the units that changed.
 */
public final class CoverageCounter {

    /** Above this many changed units, walking them all again is as cheap as correcting. */
    private static final int MAX_CORRECTIONS = 256;

    /** A measure and what it was taken of. */
    private record Measured(Document document, Translation translation, Tally segments, Tally words, Tally characters) {
    }

    private final Map<String, DocumentCounts> byDocument = new ConcurrentHashMap<>();
    private final Map<String, Measured> lastMeasure = new ConcurrentHashMap<>();

    /** The segment counts of a document, from the cache when it is the same document as last time. */
    public DocumentCounts counts(Document document) {
        DocumentCounts cached = byDocument.get(document.id());
        if (cached != null && cached.document() == document) {
            return cached;
        }
        DocumentCounts counted = DocumentCounts.of(document);
        byDocument.put(document.id(), counted);
        return counted;
    }

    /** Forgets a deleted document. */
    public void forget(String documentId) {
        byDocument.remove(documentId);
        lastMeasure.keySet().removeIf(key -> key.startsWith(documentId + "/"));
    }

    /** Whether counts of the document are kept (until it is forgotten). */
    public boolean remembers(String documentId) {
        return byDocument.containsKey(documentId);
    }

    public LanguageCoverage measure(Document document, Translation translation) {
        DocumentCounts counts = counts(document);
        String key = document.id() + "/" + translation.language();
        Measured measured = corrected(lastMeasure.get(key), document, translation, counts);
        if (measured == null) {
            Tally[] tallies = {Tally.EMPTY, Tally.EMPTY, Tally.EMPTY};
            for (Unit unit : translation.units()) {
                add(tallies, counts, unit, 1);
            }
            measured = new Measured(document, translation, tallies[0], tallies[1], tallies[2]);
        }
        lastMeasure.put(key, measured);
        return new LanguageCoverage(document.id(), document.title(), document.sourceLanguage(), translation.language(),
                new Counts(counts.measure(), measured.segments(), measured.words(), measured.characters()));
    }

    /** The last measure corrected for the units that changed since; null when it does not apply. */
    private static Measured corrected(Measured last, Document document, Translation translation, DocumentCounts counts) {
        if (last == null || last.document() != document || last.translation().units().size() != translation.units().size()) {
            return null;
        }
        List<Unit> before = last.translation().units();
        List<Unit> after = translation.units();
        Tally[] tallies = {last.segments(), last.words(), last.characters()};
        int corrections = 0;
        for (int i = 0; i < after.size(); i++) {
            if (before.get(i) != after.get(i)) {
                if (++corrections > MAX_CORRECTIONS) {
                    return null;
                }
                add(tallies, counts, before.get(i), -1);
                add(tallies, counts, after.get(i), 1);
            }
        }
        return new Measured(document, translation, tallies[0], tallies[1], tallies[2]);
    }

    /** Counts a unit into (or, with sign -1, out of) the segment, word and character tallies. */
    private static void add(Tally[] tallies, DocumentCounts counts, Unit unit, int sign) {
        boolean changed = counts.sourceChanged(unit);
        boolean aligned = unit.alignedUnreviewed();
        TextCount text = counts.unit(unit);
        tallies[0] = tallies[0].add(unit.status(), changed, aligned, sign * (long) counts.segments(unit));
        tallies[1] = tallies[1].add(unit.status(), changed, aligned, sign * text.words());
        tallies[2] = tallies[2].add(unit.status(), changed, aligned, sign * text.characters());
    }
}
