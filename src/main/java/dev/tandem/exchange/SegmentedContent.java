package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a unit that a tool cut into segments ({@code mrk mtype="seg"} in XLIFF 1.2, several
 * {@code segment}s in XLIFF 2), with what lies between them (spaces, XLIFF 2 {@code ignorable}s, a
 * {@code g} around a segment). Each segment gets its own codes plus the pairs that run across its
 * edges: a pair opened before it is opened again at its start, a pair closed after it is closed at
 * its end — the way Tandem shares a block's pairs among its sentences ({@code <b>One. Two.</b>} is
 * {@code <b>One.</b>} and {@code <b>Two.</b>}), so a segment's codes fit the sentence it matches.
 * Codes between segments that belong to no pair around a segment are not part of any segment.
 */
final class SegmentedContent {

    /** One piece of the content in order: a segment (with the file's id for it, or null), or what lies between. */
    record Part(String id, CodedText text, boolean segment) {

        static Part between(List<InlineCode> codes) {
            return new Part(null, new CodedText("", codes.stream().map(code -> code.at(0)).toList()), false);
        }
    }

    private SegmentedContent() {
    }

    /** The segments of {@code parts}, each with the codes it holds and the halves of the pairs across its edges. */
    static List<Part> segments(List<Part> parts) {
        Map<String, Integer> openedIn = new HashMap<>();
        Map<String, Integer> closedIn = new HashMap<>();
        Map<String, InlineCode> opens = new LinkedHashMap<>();
        Map<String, InlineCode> closes = new HashMap<>();
        for (int k = 0; k < parts.size(); k++) {
            for (InlineCode code : parts.get(k).text().codes()) {
                if (code.kind() == Kind.OPEN && opens.putIfAbsent(code.id(), code) == null) {
                    openedIn.put(code.id(), k);
                } else if (code.kind() == Kind.CLOSE && closes.putIfAbsent(code.id(), code) == null) {
                    closedIn.put(code.id(), k);
                }
            }
        }
        List<Part> segments = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Part part = parts.get(k);
            if (!part.segment()) {
                continue;
            }
            int length = part.text().text().length();
            List<InlineCode> codes = new ArrayList<>();
            List<InlineCode> closing = new ArrayList<>();
            for (InlineCode open : opens.values()) {
                int opened = openedIn.get(open.id());
                int closed = closedIn.getOrDefault(open.id(), Integer.MAX_VALUE);
                if (opened < k && closed >= k) {
                    codes.add(open.at(0));
                }
                if (opened <= k && closed > k) {
                    InlineCode close = closes.get(open.id());
                    closing.add(0, close != null ? close.at(length) : open.withKind(Kind.CLOSE, "").at(length));
                }
            }
            codes.addAll(part.text().codes());
            codes.addAll(closing);
            segments.add(new Part(part.id(), new CodedText(part.text().text(), codes), true));
        }
        return segments;
    }
}
