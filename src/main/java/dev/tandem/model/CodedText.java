package dev.tandem.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plain text with its inline codes, each placed at an offset of the text. Segmentation, counts,
 * alignment and the memory read {@code text}; exports and the editor put the codes back in.
 */
public record CodedText(String text, List<InlineCode> codes) {

    /**
     * Stands for one code while text is transformed (normalized, cut): U+FDD0, a noncharacter that
     * Unicode reserves for a program's internal use, so it never comes from a document (private-use
     * characters do: icon fonts put them in pages) and no normalization step removes or folds it.
     */
    public static final char MARKER = '\uFDD0';

    /** Text from a document without any {@link #MARKER} in it (a file could carry one). */
    public static String withoutMarkers(String text) {
        return text.indexOf(MARKER) < 0 ? text : text.replace(String.valueOf(MARKER), "");
    }

    public CodedText {
        Objects.requireNonNull(text, "text");
        codes = codes == null ? List.of() : List.copyOf(codes);
        int previous = 0;
        for (InlineCode code : codes) {
            if (code.at() < previous || code.at() > text.length()) {
                throw new IllegalArgumentException("inline code " + code.id() + " at " + code.at()
                        + " is out of order or outside a text of " + text.length() + " characters");
            }
            previous = code.at();
        }
    }

    public static CodedText plain(String text) {
        return new CodedText(text, List.of());
    }

    public boolean hasCodes() {
        return !codes.isEmpty();
    }

    /** The text with a {@link #MARKER} where each code stands, in the order of {@link #codes}. */
    public String marked() {
        StringBuilder out = new StringBuilder(text.length() + codes.size());
        int from = 0;
        for (InlineCode code : codes) {
            out.append(text, from, code.at()).append(MARKER);
            from = code.at();
        }
        return out.append(text, from, text.length()).toString();
    }

    /**
     * Reads text in which the k-th {@link #MARKER} stands for the k-th code back into plain text and
     * placed codes. Removing a marker can leave two spaces side by side or a space at either end;
     * those are folded and trimmed as normalization would have done without codes.
     */
    public static CodedText fromMarked(String marked, List<InlineCode> codesInOrder) {
        return fromMarkedExactly(marked, codesInOrder).withSpacesFolded().trimmed();
    }

    /** Markers taken out and nothing else changed: text whose spaces were written on purpose. */
    public static CodedText fromMarkedExactly(String marked, List<InlineCode> codesInOrder) {
        StringBuilder plain = new StringBuilder(marked.length());
        List<InlineCode> placed = new ArrayList<>(codesInOrder.size());
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c != MARKER) {
                plain.append(c);
            } else if (placed.size() < codesInOrder.size()) {
                placed.add(codesInOrder.get(placed.size()).at(plain.length()));
            } else {
                throw new IllegalArgumentException("more markers than the " + codesInOrder.size() + " inline codes");
            }
        }
        if (placed.size() != codesInOrder.size()) {
            throw new IllegalArgumentException(placed.size() + " markers for " + codesInOrder.size() + " inline codes");
        }
        return new CodedText(plain.toString(), placed);
    }

    /**
     * The same for text straight from a parser: markers removed and the ends trimmed, runs of
     * whitespace inside left for normalization to fold.
     */
    public static CodedText fromMarkedTrimmed(String marked, List<InlineCode> codesInOrder) {
        return fromMarkedExactly(marked, codesInOrder).trimmed();
    }

    /** Each run of spaces one space, the codes kept where they stood. */
    private CodedText withSpacesFolded() {
        StringBuilder folded = new StringBuilder(text.length());
        int[] newOffset = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            newOffset[i] = folded.length();
            char c = text.charAt(i);
            if (c != ' ' || folded.length() == 0 || folded.charAt(folded.length() - 1) != ' ') {
                folded.append(c);
            }
        }
        newOffset[text.length()] = folded.length();
        return new CodedText(folded.toString(), codes.stream().map(code -> code.at(newOffset[code.at()])).toList());
    }

    /** White space at the ends taken off; a code there moves to the nearest end of the text. */
    private CodedText trimmed() {
        return stripped(true, true);
    }

    private CodedText stripped(boolean leading, boolean trailing) {
        String stripped = leading && trailing ? text.strip() : leading ? text.stripLeading() : trailing ? text.stripTrailing() : text;
        int lead = leading ? text.length() - text.stripLeading().length() : 0;
        int length = stripped.length();
        return new CodedText(stripped, codes.stream().map(code -> code.at(Math.max(0, Math.min(length, code.at() - lead)))).toList());
    }

    /**
     * Two texts as one, as a merge of two units joins their targets: {@code separator} between them,
     * without the white space where they meet; an empty one adds nothing.
     */
    public CodedText joinedWith(String separator, CodedText next) {
        if (text.isBlank()) {
            return next.text.isBlank() ? plain("") : next;
        }
        return next.text.isBlank() ? this : stripped(false, true).append(separator, next.stripped(true, false));
    }

    /**
     * The codes that {@code renames} names (by {@code id/kind}), under their new ids; the others are
     * left out. Used when a text moves to a unit whose source numbers the same codes differently.
     */
    public CodedText withCodesRenamed(Map<String, String> renames) {
        List<InlineCode> kept = new ArrayList<>(codes.size());
        for (InlineCode code : codes) {
            String newId = renames.get(code.id() + "/" + code.kind());
            if (newId != null) {
                kept.add(code.withId(newId));
            }
        }
        return new CodedText(text, kept);
    }

    /**
     * How the codes of {@code part} are named in {@code whole}, a longer text that holds the same codes
     * in the same order from its {@code from}-th code on ({@code id/kind} of one → id in the other).
     */
    public static Map<String, String> namesIn(CodedText part, CodedText whole, int from) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < part.codes.size() && from + i < whole.codes.size(); i++) {
            InlineCode code = part.codes.get(i);
            names.put(code.id() + "/" + code.kind(), whole.codes.get(from + i).id());
        }
        return names;
    }

    /** The codes of this text as they stand in {@code [start, end)}, offsets relative to {@code start}. */
    public List<InlineCode> codesIn(int start, int end) {
        List<InlineCode> inside = new ArrayList<>();
        for (InlineCode code : codes) {
            if (code.at() >= start && code.at() <= end) {
                inside.add(code.at(code.at() - start));
            }
        }
        return inside;
    }

    /** This text followed by {@code separator} and {@code other}, the other's codes shifted along. */
    public CodedText append(String separator, CodedText other) {
        int shift = text.length() + separator.length();
        List<InlineCode> all = new ArrayList<>(codes);
        other.codes.forEach(code -> all.add(code.at(code.at() + shift)));
        return new CodedText(text + separator + other.text, all);
    }

    /** The same codes numbered 1, 2, 3… in the order they open; the closing half keeps its pair's number. */
    public CodedText renumbered() {
        Map<String, String> names = new HashMap<>();
        List<InlineCode> result = new ArrayList<>(codes.size());
        int counter = 0;
        for (InlineCode code : codes) {
            String name;
            if (code.kind() == InlineCode.Kind.CLOSE && names.containsKey(code.id())) {
                name = names.remove(code.id());
            } else {
                name = String.valueOf(++counter);
                if (code.kind() == InlineCode.Kind.OPEN) {
                    names.put(code.id(), name);
                }
            }
            result.add(code.withId(name));
        }
        return new CodedText(text, result);
    }

    /**
     * What is wrong with the codes of a target written against {@code source}: a paired code opened
     * and not closed (or closed before it opens), a code the source does not have, a code used twice,
     * and a code of the source that may not be deleted but is missing. Empty when all is well.
     */
    public List<String> problemsAgainst(CodedText source) {
        Map<String, InlineCode> known = new LinkedHashMap<>();
        source.codes.forEach(code -> known.putIfAbsent(code.id() + "/" + code.kind(), code));
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> open = new HashSet<>();
        for (InlineCode code : codes) {
            String key = code.id() + "/" + code.kind();
            if (!known.containsKey(key)) {
                problems.add("code " + code.id() + " is not in the source");
            } else if (!seen.add(key)) {
                problems.add("code " + code.id() + " is used twice");
            }
            if (code.kind() == InlineCode.Kind.OPEN) {
                open.add(code.id());
            } else if (code.kind() == InlineCode.Kind.CLOSE && !open.remove(code.id()) && known.containsKey(code.id() + "/OPEN")) {
                problems.add("code " + code.id() + " is closed before it opens");
            }
        }
        for (String id : open) {
            problems.add("code " + id + " is opened and not closed");
        }
        for (InlineCode code : known.values()) {
            if (!code.deletable() && !seen.contains(code.id() + "/" + code.kind())) {
                problems.add("code " + code.id() + " may not be deleted");
            }
        }
        return problems;
    }
}
