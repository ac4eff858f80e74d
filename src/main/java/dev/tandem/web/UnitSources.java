package dev.tandem.web;

import dev.tandem.model.CodedText;
import dev.tandem.model.Document;
import dev.tandem.model.Segment;
import dev.tandem.model.Unit;
import java.util.HashMap;
import java.util.Map;

/**
 * The source side of the units a response shows: segment texts (for "source changed") and each
 * unit's source with its inline codes. For one unit only its own segments are looked up; for a
 * whole translation the document's segments are indexed once.
 */
final class UnitSources {

    private final Document document;
    private final Map<String, Segment> segments;

    private UnitSources(Document document, Map<String, Segment> segments) {
        this.document = document;
        this.segments = segments;
    }

    static UnitSources ofDocument(Document document) {
        return new UnitSources(document, document.segmentsById());
    }

    static UnitSources ofUnit(Document document, Unit unit) {
        Map<String, Segment> segments = new HashMap<>();
        for (Segment segment : document.segments()) {
            if (unit.sources().contains(segment.id())) {
                segments.put(segment.id(), segment);
            }
        }
        return new UnitSources(document, segments);
    }

    String text(String segmentId) {
        Segment segment = segments.get(segmentId);
        return segment == null ? null : segment.text();
    }

    CodedText coded(Unit unit) {
        return document.sourceCoded(unit, segments::get);
    }
}
