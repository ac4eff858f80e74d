package dev.tandem.app;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a block's inline codes out among its sentences, and gathers them back when the block is
 * split again. An opening code goes with the sentence it opens, a closing one with the sentence it
 * closes, a placeholder with the sentence it follows. A pair that runs across a sentence boundary
 * is closed at the end of one sentence and opened again at the start of the next, so each
 * sentence's codes pair up on their own (as {@code <b>One. Two.</b>} becomes {@code <b>One.</b>
 * <b>Two.</b>}, which reads the same).
 */
final class SentenceCodes {

    private SentenceCodes() {
    }

    /** The codes of each sentence, offsets relative to it, numbered 1, 2, 3… per sentence. */
    static List<List<InlineCode>> distribute(CodedText block, List<TextSpan> sentences) {
        List<List<InlineCode>> own = new ArrayList<>();
        sentences.forEach(span -> own.add(new ArrayList<>()));
        if (sentences.isEmpty() || !block.hasCodes()) {
            return own.stream().map(List::copyOf).toList();
        }
        Map<String, Integer> openedIn = new HashMap<>();
        Map<String, Integer> closedIn = new HashMap<>();
        for (InlineCode code : block.codes()) {
            int k = sentenceOf(code, sentences);
            own.get(k).add(code);
            (code.kind() == Kind.OPEN ? openedIn : code.kind() == Kind.CLOSE ? closedIn : new HashMap<String, Integer>())
                    .put(code.id(), k);
        }
        Map<String, InlineCode> opens = new LinkedHashMap<>();
        Map<String, InlineCode> closes = new HashMap<>();
        for (InlineCode code : block.codes()) {
            if (code.kind() == Kind.OPEN) {
                opens.put(code.id(), code);
            } else if (code.kind() == Kind.CLOSE) {
                closes.put(code.id(), code);
            }
        }
        List<List<InlineCode>> result = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            TextSpan span = sentences.get(k);
            int length = span.end() - span.start();
            List<InlineCode> codes = new ArrayList<>();
            for (InlineCode open : opens.values()) {
                if (openedIn.get(open.id()) < k && closedIn.getOrDefault(open.id(), Integer.MAX_VALUE) >= k) {
                    codes.add(open.at(0));
                }
            }
            own.get(k).forEach(code -> codes.add(code.at(Math.max(0, Math.min(length, code.at() - span.start())))));
            List<InlineCode> pending = new ArrayList<>();
            for (InlineCode open : opens.values()) {
                if (openedIn.get(open.id()) <= k && closedIn.getOrDefault(open.id(), Integer.MAX_VALUE) > k) {
                    InlineCode close = closes.get(open.id());
                    pending.add(0, close != null ? close.at(length) : open.withKind(Kind.CLOSE, "").at(length));
                }
            }
            codes.addAll(pending);
            result.add(new CodedText(" ".repeat(length), codes).renumbered().codes());
        }
        return result;
    }

    private static int sentenceOf(InlineCode code, List<TextSpan> sentences) {
        int p = code.at();
        switch (code.kind()) {
            case OPEN -> {
                for (int k = 0; k < sentences.size(); k++) {
                    if (p < sentences.get(k).end()) {
                        return k;
                    }
                }
                return sentences.size() - 1;
            }
            case CLOSE -> {
                for (int k = sentences.size() - 1; k >= 0; k--) {
                    if (p > sentences.get(k).start()) {
                        return k;
                    }
                }
                return 0;
            }
            default -> {
                for (int k = sentences.size() - 1; k >= 0; k--) {
                    if (sentences.get(k).start() <= p) {
                        return k;
                    }
                }
                return 0;
            }
        }
    }

    /**
     * A block's codes from its sentences' codes ({@code offsets}: where each sentence starts in the
     * block): a pair closed at the end of one sentence and opened again, the same, at the start of
     * the next is one pair again.
     */
    static List<InlineCode> gather(List<List<InlineCode>> sentenceCodes, List<Integer> offsets, List<Integer> lengths) {
        List<InlineCode> all = new ArrayList<>();
        List<Carried> carried = new ArrayList<>();
        int counter = 0;
        for (int k = 0; k < sentenceCodes.size(); k++) {
            List<InlineCode> codes = sentenceCodes.get(k);
            Map<String, String> ids = new HashMap<>();
            Map<String, String> dataOf = new HashMap<>();
            List<InlineCode> rest = new ArrayList<>();
            for (InlineCode code : codes) {
                Carried match = code.kind() == Kind.OPEN && code.at() == 0 ? find(carried, code.type(), code.data()) : null;
                if (match != null) {
                    carried.remove(match);
                    ids.put(code.id(), match.id());
                    dataOf.put(code.id(), code.data());
                } else {
                    rest.add(code);
                }
            }
            carried.forEach(left -> all.add(left.close()));
            List<Carried> next = new ArrayList<>();
            for (InlineCode code : rest) {
                int at = offsets.get(k) + code.at();
                switch (code.kind()) {
                    case OPEN -> {
                        String id = String.valueOf(++counter);
                        ids.put(code.id(), id);
                        dataOf.put(code.id(), code.data());
                        all.add(code.withId(id).at(at));
                    }
                    case CLOSE -> {
                        String id = ids.containsKey(code.id()) ? ids.get(code.id()) : String.valueOf(++counter);
                        String openData = dataOf.getOrDefault(code.id(), "");
                        InlineCode close = code.withId(id).at(at);
                        if (code.at() == lengths.get(k) && k + 1 < sentenceCodes.size()
                                && opensAtStart(sentenceCodes.get(k + 1), code.type(), openData)) {
                            next.add(new Carried(code.type(), openData, id, close));
                        } else {
                            all.add(close);
                        }
                    }
                    case PLACEHOLDER -> all.add(code.withId(String.valueOf(++counter)).at(at));
                }
            }
            carried = next;
        }
        carried.forEach(left -> all.add(left.close()));
        return all;
    }

    /** A pair closed at a sentence's end that the next sentence may open again. */
    private record Carried(String type, String data, String id, InlineCode close) {
    }

    private static Carried find(List<Carried> carried, String type, String data) {
        return carried.stream().filter(c -> c.type().equals(type) && c.data().equals(data)).findFirst().orElse(null);
    }

    private static boolean opensAtStart(List<InlineCode> next, String type, String data) {
        return next.stream().anyMatch(code -> code.kind() == Kind.OPEN && code.at() == 0
                && code.type().equals(type) && code.data().equals(data));
    }
}
