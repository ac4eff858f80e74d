package dev.tandem.coverage;

import dev.tandem.model.Document;
import dev.tandem.model.Measure;
import dev.tandem.model.Segment;
import dev.tandem.model.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The counts of every segment of one document, computed once: coverage of a language is then a
 * walk over its units with look-ups, no text analysis. Also remembers the source hash of each
 * unit's text, so telling "source changed" units apart costs no hashing after the first time.
 */
public final class DocumentCounts {

    private final Document document;
    private final Measure measure;
    private final Map<String, TextCount> bySegment;
    private final Map<String, String> segmentTexts;
    private final Map<List<String>, String> sourceHashes = new ConcurrentHashMap<>();

    private DocumentCounts(Document document, Measure measure, Map<String, TextCount> bySegment) {
        this.document = document;
        this.measure = measure;
        this.bySegment = bySegment;
        this.segmentTexts = document.segmentTexts();
    }

    public static DocumentCounts of(Document document) {
        TextCounter counter = new TextCounter(document.sourceLanguage());
        Map<String, TextCount> bySegment = new HashMap<>();
        for (Segment segment : document.segments()) {
            bySegment.put(segment.id(), counter.count(segment.text()));
        }
        Measure measure = MeasureChoice.forSource(document.sourceLanguage(),
                document.segments().stream().map(Segment::text).toList());
        return new DocumentCounts(document, measure, Map.copyOf(bySegment));
    }

    public Document document() {
        return document;
    }

    public Measure measure() {
        return measure;
    }

    /** The counts of one segment; zero for an id the document does not have. */
    public TextCount segment(String segmentId) {
        return bySegment.getOrDefault(segmentId, TextCount.ZERO);
    }

    /** The number of a unit's segments that exist in the document. */
    int segments(Unit unit) {
        int count = 0;
        for (String id : unit.sources()) {
            if (bySegment.containsKey(id)) {
                count++;
            }
        }
        return count;
    }

    TextCount unit(Unit unit) {
        TextCount total = TextCount.ZERO;
        for (String id : unit.sources()) {
            total = total.plus(segment(id));
        }
        return total;
    }

    /** True when the unit was translated against a source text that is no longer the current one. */
    boolean sourceChanged(Unit unit) {
        if (unit.sourceHash() == null) {
            return false;
        }
        String current = sourceHashes.computeIfAbsent(unit.sources(),
                sources -> unit.currentSourceHash(segmentTexts::get));
        return unit.sourceChanged(current);
    }
}
