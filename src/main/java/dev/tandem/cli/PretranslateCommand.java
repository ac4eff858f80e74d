package dev.tandem.cli;

import dev.tandem.app.MemoryService;
import dev.tandem.app.PretranslationReport;
import dev.tandem.model.LanguageTag;
import dev.tandem.web.JsonBodies;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pretranslate", mixinStandardHelpOptions = true,
        description = {"Fill the empty units of a translation from the translation memory.",
                "Exact and context matches become translated (marked 'memory'); fuzzy matches at or above --min become drafts.",
                "Units anyone already worked on are never touched."})
final class PretranslateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "DOC", description = "Document id.")
    String document;

    @Option(names = "--to", required = true, paramLabel = "yy", description = "Target language (BCP 47).")
    String language;

    @Option(names = "--min", paramLabel = "PERCENT", defaultValue = "100",
            description = "Lowest match score to fill, as a draft below 100 (default: ${DEFAULT-VALUE}).")
    int minimum;

    @Option(names = "--tm", paramLabel = "FILE.tmx", arity = "1..*", description = "TMX files to use for this run only.")
    List<Path> tmx = List.of();

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (MemoryService memory = data.workbench().memory()) {
            PretranslationReport report = memory.pretranslate(document, LanguageTag.of(language), minimum, tmx);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonBodies.create().pretty(report));
                return 0;
            }
            out.printf("%s/%s: %d translated, %d drafts, %d without a match of %d%%+, %d already worked on (left alone)%s%n",
                    report.document(), report.language(), report.translated(), report.drafts(), report.noMatch(), report.minimum(),
                    report.untouched(), report.conflicts() == 0 ? "" : ", " + report.conflicts() + " saved by someone else meanwhile");
            report.filledByBand().forEach((band, count) -> out.printf("  %-10s %d%n", band, count));
        }
        return 0;
    }
}
