package dev.tandem.cli;

import dev.tandem.app.Workbench;
import dev.tandem.model.CoverageReport;
import dev.tandem.model.LanguageCoverage;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.web.JsonBodies;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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
        requireSomethingToMeasure(workbench, target);
        CoverageReport report = workbench.coverage().report(document, target);

        if (min != null && report.entries().isEmpty()) {
            throw TandemException.notFound("nothing to check: no translations" + (document == null ? "" : " of " + document) + " yet");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonBodies.create().pretty(report.toJson()));
        } else {
            out.print(CoverageTable.render(report, done));
        }
        if (min == null) {
            return 0;
        }
        List<LanguageCoverage> below = report.below(min, done);
        for (LanguageCoverage entry : below) {
            spec.commandLine().getErr().printf(Locale.ROOT, "tandem: %s/%s is %.1f%% %s (by %s), below --min %s%n",
                    entry.document(), entry.language(), entry.counts().percent(done), done.name().toLowerCase(Locale.ROOT),
                    entry.counts().measure().label(), stripZeros(min));
        }
        return below.isEmpty() ? 0 : EXIT_BELOW_MIN;
    }

    /** A gate over nothing would always pass; a document or language that is not there is an error. */
    private void requireSomethingToMeasure(Workbench workbench, LanguageTag target) {
        if (document != null) {
            List<String> languages = workbench.documents().languages(document);
            if (target != null && !languages.contains(target.tag())) {
                throw TandemException.notFound(document + " has no translation into " + target
                        + (languages.isEmpty() ? "" : " (it has " + String.join(", ", languages) + ")"));
            }
        } else if (target != null && workbench.documents().list().stream().noneMatch(d -> d.languages().contains(target.tag()))) {
            throw TandemException.notFound("no document has a translation into " + target);
        }
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
