package dev.tandem.cli;

import dev.tandem.app.QaReport;
import dev.tandem.app.ReportedFinding;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Severity;
import dev.tandem.model.TandemException;
import dev.tandem.web.JsonBodies;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "qa", mixinStandardHelpOptions = true,
        description = {"Check the translations of a document: numbers, punctuation, spacing, kept links and code, tags,",
                "glossary, consistency, length, and spelling and grammar (LanguageTool).",
                "Exit 1 when a finding not ignored reaches --fail-on (a gate for CI)."})
final class QaCommand implements Callable<Integer> {

    /** A failed gate: a finding at or above --fail-on. */
    static final int EXIT_GATE_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "DOC", description = "Document id.")
    String document;

    @Option(names = "--to", paramLabel = "yy", description = "Target language (BCP 47; default: every stored one).")
    String language;

    @Option(names = "--json", description = "Print JSON: {\"reports\": [...], \"failed\": true|false}.")
    boolean json;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Fail (exit 1) on a finding of this severity or worse: error or warning.")
    String failOn;

    @Option(names = "--no-spelling", description = "Leave out spelling and grammar (LanguageTool takes seconds to load a language).")
    boolean noSpelling;

    @Override
    public Integer call() {
        Severity gate = failOn == null ? null : severity(failOn);
        Workbench workbench = data.workbench();
        List<String> stored = workbench.documents().languages(document);
        List<LanguageTag> targets = new ArrayList<>();
        if (language != null) {
            LanguageTag target = LanguageTag.of(language);
            if (!stored.contains(target.tag())) {
                throw TandemException.notFound(document + " has no translation into " + target
                        + (stored.isEmpty() ? "" : " (it has " + String.join(", ", stored) + ")"));
            }
            targets.add(target);
        } else {
            stored.forEach(tag -> targets.add(LanguageTag.of(tag)));
        }
        if (targets.isEmpty()) {
            throw TandemException.notFound(document + " has no translations to check yet");
        }
        List<QaReport> reports = targets.stream().map(target -> workbench.quality().check(document, target, !noSpelling)).toList();
        boolean failed = gate != null && reports.stream().anyMatch(report -> report.fails(gate));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonBodies.create().pretty(Map.of("reports", reports, "failed", failed)));
        } else {
            reports.forEach(report -> print(out, report));
        }
        if (failed) {
            spec.commandLine().getErr().println("tandem: QA gate failed: findings at --fail-on " + failOn.toLowerCase(Locale.ROOT) + " or worse");
            return EXIT_GATE_FAILED;
        }
        return 0;
    }

    private static void print(PrintWriter out, QaReport report) {
        String where = report.document() + "/" + report.language();
        for (QaReport.UnitReport unit : report.units()) {
            for (ReportedFinding finding : unit.findings()) {
                out.printf(Locale.ROOT, "%s %s\t%s\t%s\t%s%s%n", where, unit.unit(), finding.severity().name().toLowerCase(Locale.ROOT),
                        finding.check(), finding.message(),
                        finding.ignored() ? "\t(ignored: " + finding.ignoredReason() + (finding.ignoredBy() == null ? "" : ", " + finding.ignoredBy()) + ")" : "");
            }
        }
        QaReport.Totals totals = report.totals();
        out.printf(Locale.ROOT, "%s: %d %s, %d %s, %d ignored, in %d units%n", where, totals.errors(), totals.errors() == 1 ? "error" : "errors",
                totals.warnings(), totals.warnings() == 1 ? "warning" : "warnings", totals.ignored(), totals.units());
    }

    private static Severity severity(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw TandemException.badInput("--fail-on must be error or warning, not " + raw);
        };
    }
}
