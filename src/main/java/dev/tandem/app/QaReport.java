package dev.tandem.app;

import dev.tandem.model.Severity;
import dev.tandem.model.Status;
import java.util.List;

/** The QA findings of one translation, unit by unit (units without findings left out), and their totals. */
public record QaReport(String document, String language, List<String> checks, List<UnitReport> units, Totals totals) {
    public QaReport {
        checks = List.copyOf(checks);
        units = List.copyOf(units);
    }

    /** One unit's findings. */
    public record UnitReport(String unit, String source, String target, Status status, List<ReportedFinding> findings) {
        public UnitReport {
            findings = List.copyOf(findings);
        }
    }

    /** Findings not ignored, by severity, and how many were ignored. */
    public record Totals(int units, int errors, int warnings, int ignored) {
    }

    /** True when a finding not ignored reaches {@code threshold}: the {@code qa --fail-on} gate. */
    public boolean fails(Severity threshold) {
        return units.stream().flatMap(unit -> unit.findings().stream())
                .anyMatch(finding -> !finding.ignored() && finding.severity().reaches(threshold));
    }

    static Totals totals(int units, List<UnitReport> reports) {
        int errors = 0;
        int warnings = 0;
        int ignored = 0;
        for (UnitReport report : reports) {
            for (ReportedFinding finding : report.findings()) {
                if (finding.ignored()) {
                    ignored++;
                } else if (finding.severity() == Severity.ERROR) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        return new Totals(units, errors, warnings, ignored);
    }
}
