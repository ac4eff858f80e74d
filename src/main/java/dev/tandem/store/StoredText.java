package dev.tandem.store;

import dev.tandem.model.Block;
import dev.tandem.model.Document;
import dev.tandem.model.Segment;
import dev.tandem.model.TandemException;
import dev.tandem.model.Unit;
import java.util.Collection;

/**
 * Text the store accepts: well-formed UTF-16. A lone surrogate ({@code "x\ud800y"}) has no UTF-8
 * form; written as it is, it would come back as {@code x?y}, different from what the memory and the
 * editor hold. It is refused at the store's edge instead, with the field it was found in.
 */
final class StoredText {

    private StoredText() {
    }

    static void check(Collection<Unit> units) {
        for (Unit unit : units) {
            check("the target of unit " + unit.id(), unit.target());
            check("the note of unit " + unit.id(), unit.note());
            check("the name of who saved unit " + unit.id(), unit.by());
        }
    }

    static void check(Document document) {
        check("the title", document.title());
        for (Block block : document.blocks()) {
            check("block " + block.index(), block.text());
        }
        for (Segment segment : document.segments()) {
            check("sentence " + segment.id(), segment.text());
        }
    }

    static void check(String field, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw TandemException.badInput(field + " holds an invalid character (an unpaired surrogate, U+"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ", at position " + i
                        + "); it cannot be stored");
            }
        }
    }
}
