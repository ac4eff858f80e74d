package dev.tandem.cli;

import dev.tandem.app.DocumentSummary;
import dev.tandem.app.Workbench;
import dev.tandem.model.CoverageReport;
import dev.tandem.model.LanguageCoverage;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.web.JsonBodies;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Show how much is translated: segments, words and characters of the source by status.",
                "Exit 1 when any document/language is below --min (a gate for CI)."})
final class CoverageCommand implements Callable<Integer> {

    /** A failed gate: something is below --min. */
    static final int EXIT_BELOW_MIN = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(arity = "0..1", paramLabel = "DOC", description = "Document id (default: every document).")
    String document;

    @Option(names = "--lang", paramLabel = "yy", description = "Target language (BCP 47; default: every stored one).")
    String language;

    @Option(names = "--json", description = "Print JSON: {\"entries\": [...], \"totals\": {...}}.")
    boolean json;

    @Option(names = "--min", paramLabel = "PERCENT",
            description = "Fail (exit 1) when any document/language is below PERCENT done at --status.")
    Double min;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "translated",
            description = "What counts as done: translated, reviewed or final, or better, with an unchanged source (default: ${DEFAULT-VALUE}).")
    String status;

    @Override
    public Integer call() {
        Status done = parseStatus(status);
        if (min != null && (min.isNaN() || min < 0 || min > 100)) {
            throw TandemException.badInput("--min must be a percentage from 0 to 100");
        }
        LanguageTag target = language == null ? null : LanguageTag.of(language);
        Workbench workbench = data.workbench();
        CoverageReport report = report(workbench, target);
        Set<String> notStarted = notStarted(workbench, report);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            out.println(JsonBodies.create().pretty(report.toJson()));
        } else if (report.entries().isEmpty()) {
            out.println("No translations yet: nothing is translated (0 %). Add a target language to start.");
        } else {
            out.print(CoverageTable.render(report, done));
            notStarted.forEach(entry -> out.println(entry + ": not started"));
        }
        if (min == null) {
            return 0;
        }
        if (report.entries().isEmpty()) {
            if (min > 0) {
                err.println("tandem: nothing is translated yet (0 %), below --min " + stripZeros(min));
            }
            return min > 0 ? EXIT_BELOW_MIN : 0;
        }
        List<LanguageCoverage> below = report.below(min, done);
        for (LanguageCoverage entry : below) {
            String name = entry.document() + "/" + entry.language();
            if (notStarted.contains(name)) {
                err.println("tandem: " + name + " is not started (0 %), below --min " + stripZeros(min));
            } else {
                err.printf(Locale.ROOT, "tandem: %s is %.1f%% %s (by %s), below --min %s%n", name, entry.counts().percent(done),
                        done.name().toLowerCase(Locale.ROOT), entry.counts().measure().label(), stripZeros(min));
            }
        }
        return below.isEmpty() ? 0 : EXIT_BELOW_MIN;
    }

    /**
     * Every stored translation, narrowed to the document and language asked for; a language asked
     * for that nobody started is measured too (0 %), so a gate over it fails instead of passing.
     */
    private CoverageReport report(Workbench workbench, LanguageTag target) {
        if (target == null) {
            return workbench.coverage().report(document, null);
        }
        List<String> documents = document != null ? List.of(document)
                : workbench.documents().list().stream().map(DocumentSummary::id).toList();
        List<LanguageCoverage> entries = new ArrayList<>();
        for (String id : documents) {
            if (!workbench.documents().document(id).sourceLanguage().equalsIgnoreCase(target.tag())) {
                entries.add(workbench.coverage().coverage(id, target));
            } else if (document != null) {
                throw TandemException.badInput(id + " is written in " + target + "; coverage is of a target language");
            }
        }
        return new CoverageReport(entries);
    }

    /** The "document/language" entries of the report that have no translation file yet. */
    private static Set<String> notStarted(Workbench workbench, CoverageReport report) {
        Set<String> names = new LinkedHashSet<>();
        for (LanguageCoverage entry : report.entries()) {
            if (!workbench.documents().languages(entry.document()).contains(entry.language())) {
                names.add(entry.document() + "/" + entry.language());
            }
        }
        return names;
    }

    /** Done is at least translated: counting drafts as done would make every gate pass. */
    private static Status parseStatus(String raw) {
        Status status = Status.parse(raw);
        if (status == Status.INITIAL) {
            throw TandemException.badInput("--status must be translated, reviewed or final, not " + raw);
        }
        return status;
    }

    private static String stripZeros(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
