package dev.tandem.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One inline code of a text, as XLIFF 2 models them: the opening or closing half of a paired code
 * (a link, bold, italic…; {@code pc}, or {@code sc}/{@code ec} when the pair is cut) or a standalone
 * placeholder ({@code ph}: a line break, an image). {@code at} is the offset in the plain text the
 * code stands before; {@code data} is the original markup ({@code <a href="…">}, {@code </b>},
 * {@code <br/>}), kept so exports give it back. The two halves of a pair share their {@code id}.
 * {@code canDelete}, {@code canCopy}, {@code canReorder} are XLIFF 2's flags; null means yes.
 */
public record InlineCode(String id, Kind kind, int at, String type, String data,
                         Boolean canDelete, Boolean canCopy, Boolean canReorder) {

    /** Which part of a code this is. */
    public enum Kind { OPEN, CLOSE, PLACEHOLDER }

    public static final String LINK = "link";
    public static final String BOLD = "bold";
    public static final String ITALIC = "italic";
    public static final String UNDERLINE = "underline";
    public static final String SUBSCRIPT = "subscript";
    public static final String SUPERSCRIPT = "superscript";
    public static final String CODE = "code";
    public static final String LINE_BREAK = "linebreak";
    /** A code read from another tool's file whose meaning we do not know: only its data is kept. */
    public static final String OTHER = "other";

    public InlineCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (id.isBlank() || at < 0) {
            throw new IllegalArgumentException("bad inline code " + id + " at " + at);
        }
        type = type == null || type.isBlank() ? OTHER : type.toLowerCase(Locale.ROOT);
        data = data == null ? "" : data;
    }

    public InlineCode(String id, Kind kind, int at, String type, String data) {
        this(id, kind, at, type, data, null, null, null);
    }

    public InlineCode at(int newAt) {
        return new InlineCode(id, kind, newAt, type, data, canDelete, canCopy, canReorder);
    }

    public InlineCode withId(String newId) {
        return new InlineCode(newId, kind, at, type, data, canDelete, canCopy, canReorder);
    }

    public InlineCode withKind(Kind newKind, String newData) {
        return new InlineCode(id, newKind, at, type, newData, canDelete, canCopy, canReorder);
    }

    /** May a translator leave this code out of the target? */
    public boolean deletable() {
        return canDelete == null || canDelete;
    }

    public boolean copyable() {
        return canCopy == null || canCopy;
    }

    public boolean reorderable() {
        return canReorder == null || canReorder;
    }

    /** The same code in another text: same id, kind, type and data. */
    public boolean sameCodeAs(InlineCode other) {
        return id.equals(other.id) && kind == other.kind && type.equals(other.type) && data.equals(other.data);
    }
}
