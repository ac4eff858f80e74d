package dev.tandem.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A source document as stored in {@code translations/<id>/source.json}: its normalized blocks and
 * the sentences (segments) they were split into.
 */
public record Document(String id, String title, String sourceLanguage, Origin origin,
                       List<Block> blocks, List<Segment> segments) {

    /** The separator between blocks in {@link #text()}: a blank line. */
    public static final String BLOCK_SEPARATOR = "\n\n";

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        blocks = List.copyOf(blocks);
        segments = List.copyOf(segments);
    }

    /** The normalized article text: blocks joined by a blank line; all offsets point into it. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (text.length() > 0) {
                text.append(BLOCK_SEPARATOR);
            }
            text.append(block.text());
        }
        return text.toString();
    }

    /** Segments by id, for looking up many units at once. */
    public Map<String, Segment> segmentsById() {
        Map<String, Segment> byId = new HashMap<>();
        segments.forEach(segment -> byId.put(segment.id(), segment));
        return byId;
    }

    /** Segment texts by id, for looking up many units at once. */
    public Map<String, String> segmentTexts() {
        Map<String, String> texts = new HashMap<>();
        segments.forEach(segment -> texts.put(segment.id(), segment.text()));
        return texts;
    }

    /** The texts of a few segments by id (a unit's sources): one pass, no map of the whole document. */
    public Map<String, String> segmentTexts(java.util.Collection<String> segmentIds) {
        java.util.Set<String> wanted = java.util.Set.copyOf(segmentIds);
        Map<String, String> texts = new HashMap<>();
        for (Segment segment : segments) {
            if (wanted.contains(segment.id())) {
                texts.put(segment.id(), segment.text());
            }
        }
        return texts;
    }

    /** The source text of one unit of this document. */
    public String sourceText(Unit unit) {
        return unit.sourceText(id -> segment(id).map(Segment::text).orElse(null));
    }

    /**
     * Checks that {@code language} can be a target of this document: any language but its source.
     *
     * @throws TandemException (BAD_INPUT) when it is the source language
     */
    public void requireTarget(LanguageTag language) {
        if (sourceLanguage.equalsIgnoreCase(language.tag())) {
            throw TandemException.badInput("the target language must differ from the source language (" + language + ")");
        }
    }

    /**
     * The unit's source with its inline codes: its segments joined by a space, as
     * {@link #sourceText(Unit)}, the codes numbered across the unit when it has several sentences.
     */
    public CodedText sourceCoded(Unit unit) {
        return sourceCoded(unit, segmentId -> segment(segmentId).orElse(null));
    }

    /** The same, looking segments up with {@code segmentById} (a map of them, for many units at once). */
    public CodedText sourceCoded(Unit unit, java.util.function.Function<String, Segment> segmentById) {
        CodedText joined = null;
        for (String segmentId : unit.sources()) {
            Segment segment = segmentById.apply(segmentId);
            if (segment == null || segment.text().isEmpty()) {
                continue;
            }
            joined = joined == null ? segment.coded() : joined.append(" ", segment.coded());
        }
        if (joined == null) {
            return CodedText.plain("");
        }
        return unit.sources().size() > 1 ? joined.renumbered() : joined;
    }

    public Optional<Segment> segment(String segmentId) {
        return segments.stream().filter(s -> s.id().equals(segmentId)).findFirst();
    }
}
