package dev.tandem.exchange;

import dev.tandem.model.InlineCode;
import dev.tandem.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences of a segmented XLIFF 1.2 {@code trans-unit}, as Trados and memoQ write it: a
 * {@code seg-source} whose segments are {@code <mrk mtype="seg" mid="N">}, the {@code target} with a
 * {@code mrk} of the same {@code mid} for each translated one (XLIFF 1.2, {@code seg-source} and
 * {@code mrk}). Trados keeps each segment's confirmation level in {@code <sdl:seg-defs>}.
 */
final class Xliff12Segments {

    static final String SDL_NAMESPACE = "http://sdl.com/FileTypes/SdlXliff/1.0";

    private final InlineCodeReader codes;

    Xliff12Segments(InlineCodeReader codes) {
        this.codes = codes;
    }

    static boolean isSegment(XmlElement element) {
        return element.name().equals("mrk") && "seg".equals(element.attribute("mtype"));
    }

    static boolean hasSegments(XmlElement element) {
        return element.children().stream().anyMatch(child -> isSegment(child) || hasSegments(child));
    }

    /** The segments of a {@code seg-source} or {@code target}, in order, each with its codes and its {@code mid}. */
    List<SegmentedContent.Part> segments(XmlElement container, boolean preserve) {
        List<SegmentedContent.Part> parts = new ArrayList<>();
        collect(container, InlineCodeReader.preserves(container, preserve), parts);
        return SegmentedContent.segments(parts);
    }

    private void collect(XmlElement element, boolean preserve, List<SegmentedContent.Part> parts) {
        for (Object item : element.content()) {
            if (!(item instanceof XmlElement child)) {
                continue; // text between segments (the spaces after a sentence) is not a segment
            }
            if (isSegment(child)) {
                parts.add(new SegmentedContent.Part(child.attribute("mid"), codes.read(child, preserve), true));
            } else if (hasSegments(child)) {
                List<InlineCode> around = codes.pairAround(child);
                if (!around.isEmpty()) {
                    parts.add(SegmentedContent.Part.between(around.subList(0, 1)));
                }
                collect(child, InlineCodeReader.preserves(child, preserve), parts);
                if (!around.isEmpty()) {
                    parts.add(SegmentedContent.Part.between(around.subList(1, 2)));
                }
            } else {
                parts.add(SegmentedContent.Part.between(codes.codesOf(child)));
            }
        }
    }

    /** Trados' confirmation level of each segment by {@code mid}, from {@code sdl:seg-defs}; empty for other tools. */
    static Map<String, Status> sdlStatuses(XmlElement unit) {
        Map<String, Status> statuses = new HashMap<>();
        for (XmlElement defs : unit.children("seg-defs")) {
            if (!SDL_NAMESPACE.equals(defs.namespace())) {
                continue;
            }
            for (XmlElement seg : defs.children("seg")) {
                Status status = sdlStatus(seg.attribute("conf"));
                if (seg.attribute("id") != null && status != null) {
                    statuses.put(seg.attribute("id"), status);
                }
            }
        }
        return statuses;
    }

    /**
     * Trados Studio's confirmation levels; a segment without {@code conf} is "Not Translated". A
     * rejected translation is back to a draft; a rejected sign-off is back to translated.
     */
    private static Status sdlStatus(String conf) {
        if (conf == null) {
            return Status.INITIAL;
        }
        return switch (conf) {
            case "Draft", "RejectedTranslation" -> Status.INITIAL;
            case "Translated", "RejectedSignOff" -> Status.TRANSLATED;
            case "ApprovedTranslation" -> Status.REVIEWED;
            case "ApprovedSignOff" -> Status.FINAL;
            default -> null;
        };
    }
}
