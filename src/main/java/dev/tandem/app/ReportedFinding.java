package dev.tandem.app;

import dev.tandem.model.Finding;
import dev.tandem.model.Severity;
import dev.tandem.model.TextSpan;
import java.util.List;

/**
 * A finding as reports show it: the check, severity, message and spans, the key an ignore names
 * it by, and — when a translator ignored it — their reason and name.
 */
public record ReportedFinding(String check, Severity severity, String message, List<TextSpan> source, List<TextSpan> target,
                              String key, String ignoredReason, String ignoredBy) {

    static ReportedFinding of(Finding finding, IgnoredFindings.Ignored ignored) {
        return new ReportedFinding(finding.check(), finding.severity(), finding.message(), finding.source(), finding.target(),
                finding.key(), ignored == null ? null : ignored.reason(), ignored == null ? null : ignored.by());
    }

    public boolean ignored() {
        return ignoredReason != null;
    }
}
