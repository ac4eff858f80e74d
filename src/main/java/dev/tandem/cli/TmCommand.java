package dev.tandem.cli;

import dev.tandem.app.MemoryService;
import dev.tandem.app.Workbench;
import dev.tandem.model.ConcordanceHit;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Provenance;
import dev.tandem.model.ReferenceMemory;
import dev.tandem.web.JsonBodies;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tm", mixinStandardHelpOptions = true,
        description = "The translation memory: add, list and remove reference TMX memories; search it (concordance).")
final class TmCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a TMX file (TMX 1.4b as OmegaT, Okapi, Trados and translate-toolkit write it) as a reference memory.")
    int add(@Mixin DataOption data, @Parameters(paramLabel = "FILE.tmx") Path file,
            @Option(names = "--penalty", paramLabel = "N", defaultValue = "0",
                    description = "Points taken off every match from this memory (default: ${DEFAULT-VALUE}).") int penalty,
            @Option(names = "--from", paramLabel = "xx", description = "Source language, when the file does not declare it.") String from,
            @Option(names = "--to", paramLabel = "yy", description = "Target language, when the file holds several.") String to) {
        try (MemoryService memory = data.workbench().memory()) {
            ReferenceMemory added = memory.addReference(file, penalty, from == null ? null : LanguageTag.of(from),
                    to == null ? null : LanguageTag.of(to));
            spec.commandLine().getOut().printf("added %s: %d pairs %s → %s, penalty %d%n", added.name(), added.units(),
                    added.sourceLanguage(), added.targetLanguage(), added.penalty());
        }
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the reference memories.")
    int list(@Mixin DataOption data, @Option(names = "--json", description = "Print JSON.") boolean json) {
        List<ReferenceMemory> references = data.workbench().memory().references();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonBodies.create().pretty(Map.of("memories", references)));
        } else if (references.isEmpty()) {
            out.println("no reference memories (add one with: tm add FILE.tmx)");
        } else {
            references.forEach(reference -> out.printf("%-30s %6d pairs  %s → %s  penalty %d%n", reference.name(), reference.units(),
                    reference.sourceLanguage(), reference.targetLanguage(), reference.penalty()));
        }
        return 0;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a reference memory by name (see tm list).")
    int remove(@Mixin DataOption data, @Parameters(paramLabel = "NAME") String name) {
        try (MemoryService memory = data.workbench().memory()) {
            memory.removeReference(name);
            spec.commandLine().getOut().println("removed " + name);
        }
        return 0;
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Find a word or phrase in the memory's sources and targets (case and accents ignored).")
    int search(@Mixin DataOption data, @Parameters(paramLabel = "TEXT") String text,
               @Option(names = "--from", paramLabel = "xx", defaultValue = "en", description = "Source language (default: ${DEFAULT-VALUE}).") String from,
               @Option(names = "--to", paramLabel = "yy", description = "Target language (default: any).") String to,
               @Option(names = "--json", description = "Print JSON.") boolean json) {
        Workbench workbench = data.workbench();
        try (MemoryService memory = workbench.memory()) {
            List<ConcordanceHit> hits = memory.concordance(text, LanguageTag.of(from), to == null ? null : LanguageTag.of(to));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonBodies.create().pretty(Map.of("hits", hits)));
                return 0;
            }
            for (ConcordanceHit hit : hits) {
                out.println(hit.entry().source());
                out.println("  " + hit.entry().target());
                out.println("  (" + origin(hit.entry().origin()) + ")");
            }
            if (hits.isEmpty()) {
                out.println("no match for " + text);
            }
        }
        return 0;
    }

    /** Where a memory entry comes from, who translated it and on which day (UTC), as far as known. */
    private static String origin(Provenance origin) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(origin.name() + (origin.unit() == null ? "" : " " + origin.unit()));
        if (origin.by() != null) {
            parts.add(origin.by());
        }
        if (origin.updated() != null) {
            parts.add(origin.updated().toString().substring(0, 10));
        }
        return String.join(" · ", parts);
    }
}
