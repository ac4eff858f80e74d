package dev.tandem.cli;

import dev.tandem.model.Counts;
import dev.tandem.model.CoverageReport;
import dev.tandem.model.LanguageCoverage;
import dev.tandem.model.Status;
import dev.tandem.model.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The aligned text table: one row per document and language, then the totals. */
final class CoverageTable {

    private CoverageTable() {
    }

    static String render(CoverageReport report, Status done) {
        String doneHeader = done.name() + "%";
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"DOCUMENT", "LANG", "UNIT", "TOTAL", "INITIAL", "TRANSLATED", "REVIEWED", "FINAL",
                "CHANGED", "ALIGNED", doneHeader, "SEGMENTS%"});
        for (LanguageCoverage entry : report.entries()) {
            rows.add(row(entry.document(), entry.language(), entry.counts(), done));
        }
        rows.add(row("TOTAL", "", report.totals(), done));
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean text = i < 3;
                String cell = text ? pad(row[i], widths[i], false) : pad(row[i], widths[i], true);
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        table.append("Done means ").append(done.name().toLowerCase(Locale.ROOT))
                .append(" or better with an unchanged source, not aligned-unreviewed. UNIT is words, or characters for scripts without spaces (GMX-V).\n");
        return table.toString();
    }

    private static String[] row(String document, String language, Counts counts, Status done) {
        Tally primary = counts.primary();
        return new String[] {document, language, counts.measure().label(), String.valueOf(primary.total()),
                String.valueOf(primary.initial()), String.valueOf(primary.translated()), String.valueOf(primary.reviewed()),
                String.valueOf(primary.finalized()), String.valueOf(primary.sourceChanged()),
                String.valueOf(primary.aligned()),
                String.format(Locale.ROOT, "%.1f", counts.percent(done)),
                String.format(Locale.ROOT, "%.1f", counts.segments().percent(done))};
    }

    private static String pad(String cell, int width, boolean right) {
        String padding = " ".repeat(width - cell.length());
        return right ? padding + cell : cell + padding;
    }
}
