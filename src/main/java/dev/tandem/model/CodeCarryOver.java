package dev.tandem.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a memory match's inline codes become the current sentence's, as OmegaT, Trados and memoQ
 * carry a match's tags over: each code of the memory's source is paired with a code of the current
 * source of the same type (link, bold, line break…) and kind (a pair, a placeholder), the k-th with
 * the k-th; codes whose type another tool left unknown ({@link InlineCode#OTHER}) then pair, in
 * order, with what is left of the same kind. The memory's target takes the current codes' ids and
 * data where its own codes stood. A code of the memory's target without a counterpart is dropped;
 * a code of the current source that nothing maps onto stays out (QA's tag check reports it).
 */
public final class CodeCarryOver {

    private CodeCarryOver() {
    }

    /** The memory's target with its codes renamed onto {@code currentSource}'s, the unplaceable ones left out. */
    public static CodedText onto(CodedText memorySource, CodedText memoryTarget, CodedText currentSource) {
        if (!memoryTarget.hasCodes()) {
            return memoryTarget;
        }
        Map<String, InlineCode> counterparts = counterparts(memorySource, currentSource);
        List<InlineCode> placed = new ArrayList<>(memoryTarget.codes().size());
        Set<String> used = new HashSet<>();
        for (InlineCode code : memoryTarget.codes()) {
            InlineCode current = counterparts.get(key(code));
            if (current != null && used.add(key(current))) {
                placed.add(current.at(code.at()));
            }
        }
        return new CodedText(memoryTarget.text(), placed);
    }

    /**
     * Whether two sources carry the same codes: the same kinds and types in the same order, each
     * standing before the same number of letters and digits (so spacing and punctuation aside).
     * Ids and original data are not compared: the current sentence's own are carried over. A code
     * another tool left untyped is taken for whatever code stands in its place.
     */
    public static boolean sameCodes(CodedText memorySource, CodedText currentSource) {
        List<InlineCode> a = memorySource.codes();
        List<InlineCode> b = currentSource.codes();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            InlineCode x = a.get(i);
            InlineCode y = b.get(i);
            if (x.kind() != y.kind() || !sameType(x.type(), y.type())
                    || wordCharactersBefore(memorySource.text(), x.at()) != wordCharactersBefore(currentSource.text(), y.at())) {
                return false;
            }
        }
        return true;
    }

    /** Memory-source code ({@code id/kind}) → the current source's code standing for it. */
    private static Map<String, InlineCode> counterparts(CodedText memorySource, CodedText currentSource) {
        List<Piece> memory = pieces(memorySource);
        List<Piece> current = pieces(currentSource);
        Map<Piece, Piece> paired = new HashMap<>();
        Set<Piece> taken = new HashSet<>();
        // first the same type, k-th with k-th; then what another tool left untyped, by kind and order
        for (Piece piece : memory) {
            int ordinal = (int) memory.stream().limit(memory.indexOf(piece)).filter(piece::sameTypeAs).count();
            current.stream().filter(piece::sameTypeAs).skip(ordinal).findFirst().filter(taken::add)
                    .ifPresent(found -> paired.put(piece, found));
        }
        for (Piece piece : memory) {
            if (!paired.containsKey(piece)) {
                current.stream().filter(other -> !taken.contains(other) && piece.mayStandFor(other)).findFirst()
                        .ifPresent(found -> {
                            taken.add(found);
                            paired.put(piece, found);
                        });
            }
        }
        Map<String, InlineCode> counterparts = new HashMap<>();
        paired.forEach((piece, found) -> {
            for (int i = 0; i < piece.codes().size() && i < found.codes().size(); i++) {
                counterparts.put(key(piece.codes().get(i)), found.codes().get(i));
            }
        });
        return counterparts;
    }

    /** A text's codes as what a translator moves: a pair (opening, then closing half) or a lone code, in order. */
    private static List<Piece> pieces(CodedText text) {
        List<Piece> pieces = new ArrayList<>();
        Map<String, Integer> openAt = new HashMap<>();
        for (InlineCode code : text.codes()) {
            Integer open = code.kind() == InlineCode.Kind.CLOSE ? openAt.remove(code.id()) : null;
            if (open != null) {
                Piece pair = pieces.get(open);
                pieces.set(open, new Piece(pair.kind(), pair.type(), List.of(pair.codes().get(0), code)));
            } else {
                if (code.kind() == InlineCode.Kind.OPEN) {
                    openAt.put(code.id(), pieces.size());
                }
                pieces.add(new Piece(code.kind(), code.type(), List.of(code)));
            }
        }
        return pieces;
    }

    private record Piece(InlineCode.Kind kind, String type, List<InlineCode> codes) {
        boolean sameTypeAs(Piece other) {
            return kind == other.kind && type.equals(other.type);
        }

        boolean mayStandFor(Piece other) {
            return kind == other.kind && (type.equals(InlineCode.OTHER) || other.type.equals(InlineCode.OTHER));
        }
    }

    private static boolean sameType(String a, String b) {
        return a.equals(b) || a.equals(InlineCode.OTHER) || b.equals(InlineCode.OTHER);
    }

    private static String key(InlineCode code) {
        return code.id() + "/" + code.kind();
    }

    private static int wordCharactersBefore(String text, int at) {
        int count = 0;
        for (int i = 0; i < at; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
