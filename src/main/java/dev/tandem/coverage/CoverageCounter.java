package dev.tandem.coverage;

import dev.tandem.model.Counts;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageCoverage;
import dev.tandem.model.Tally;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures the coverage of translations. Segment counts are computed once per document and kept
 * until the document is replaced (a re-import gives a new {@link Document} instance), so measuring
 * after every save walks the units without analysing any text again.
 */
public final class CoverageCounter {

    private final Map<String, DocumentCounts> byDocument = new ConcurrentHashMap<>();

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
    }

    /** Whether counts of the document are kept (until it is forgotten). */
    public boolean remembers(String documentId) {
        return byDocument.containsKey(documentId);
    }

    public LanguageCoverage measure(Document document, Translation translation) {
        DocumentCounts counts = counts(document);
        Tally segments = Tally.EMPTY;
        Tally words = Tally.EMPTY;
        Tally characters = Tally.EMPTY;
        for (Unit unit : translation.units()) {
            boolean changed = counts.sourceChanged(unit);
            boolean aligned = unit.alignedUnreviewed();
            TextCount text = counts.unit(unit);
            segments = segments.add(unit.status(), changed, aligned, counts.segments(unit));
            words = words.add(unit.status(), changed, aligned, text.words());
            characters = characters.add(unit.status(), changed, aligned, text.characters());
        }
        return new LanguageCoverage(document.id(), document.title(), document.sourceLanguage(), translation.language(),
                new Counts(counts.measure(), segments, words, characters));
    }
}
