package dev.tandem.model;

import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formulas (CSV injection, OWASP): a cell that starts with =, +, -, @, tab
 * or CR gets a leading apostrophe, which spreadsheets treat as "this is text". Cells that already
 * start with apostrophes before such a character get one more, so {@link #restore} is an exact
 * inverse and a text that really begins with {@code '=} comes back unchanged. Shared by every
 * spreadsheet Tandem writes: the bilingual CSV/TSV and the glossary's.
 */
public final class SpreadsheetCells {

    private static final Pattern NEEDS_GUARD = Pattern.compile("^'*[=+\\-@\\t\\r]", Pattern.DOTALL);
    private static final Pattern GUARDED = Pattern.compile("^'+[=+\\-@\\t\\r]", Pattern.DOTALL);

    private SpreadsheetCells() {
    }

    public static String neutralise(String cell) {
        return cell != null && NEEDS_GUARD.matcher(cell).find() ? "'" + cell : cell;
    }

    public static String restore(String cell) {
        return cell != null && GUARDED.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
