package dev.tandem.cli;

import dev.tandem.app.MemoryService;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.MatchBand;
import dev.tandem.web.JsonBodies;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Words (characters for Chinese, Japanese, Thai…) by translation-memory match band, as clients are quoted:",
                "context match, 100%, 95-99%, 85-94%, 75-84%, 50-74%, no match, and repetitions within the document."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(arity = "0..1", paramLabel = "DOC", description = "Document id (default: every document of the store).")
    String document;

    @Option(names = "--to", required = true, paramLabel = "yy", description = "Target language (BCP 47).")
    String language;

    @Option(names = "--json", description = "Print JSON: {documents: [{document, measure, bands, total}], bands, total}.")
    boolean json;

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() {
        try (MemoryService memory = data.workbench().memory()) {
            Map<String, Object> analysis = memory.analyze(document, LanguageTag.of(language));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonBodies.create().pretty(analysis));
                return 0;
            }
            for (Map<String, Object> entry : (List<Map<String, Object>>) analysis.get("documents")) {
                out.printf("%s (%s)%n", entry.get("document"), entry.get("measure"));
                table(out, (Map<String, Map<String, Long>>) entry.get("bands"));
            }
            if (document == null) {
                out.println("all documents");
                table(out, (Map<String, Map<String, Long>>) analysis.get("bands"));
            }
        }
        return 0;
    }

    private static void table(PrintWriter out, Map<String, Map<String, Long>> bands) {
        long total = bands.values().stream().mapToLong(band -> band.get("words")).sum();
        for (MatchBand band : MatchBand.values()) {
            Map<String, Long> counts = bands.get(band.label());
            out.printf("  %-12s %6d segments %8d %5.1f%%%n", band.label(), counts.get("segments"), counts.get("words"),
                    total == 0 ? 0.0 : 100.0 * counts.get("words") / total);
        }
        out.printf("  %-12s %24d%n", "total", total);
    }
}
