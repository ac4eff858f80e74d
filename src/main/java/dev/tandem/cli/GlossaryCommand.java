package dev.tandem.cli;

import dev.tandem.app.GlossaryFormat;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import dev.tandem.model.Term;
import dev.tandem.web.JsonBodies;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Import, export and list the glossary (TBX as memoQ, Trados MultiTerm and Weblate write it; CSV/TSV).",
        subcommands = {GlossaryCommand.Import.class, GlossaryCommand.Export.class, GlossaryCommand.ListTerms.class})
final class GlossaryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** --from / --to, shared by the three subcommands. */
    static final class Pair {
        @Option(names = "--from", paramLabel = "xx", description = "Source language (default: the file's, or every one).")
        String from;

        @Option(names = "--to", paramLabel = "yy", description = "Target language (default: every one).")
        String to;

        LanguageTag source() {
            return from == null ? null : LanguageTag.of(from);
        }

        LanguageTag target() {
            return to == null ? null : LanguageTag.of(to);
        }
    }

    /** What the three subcommands share: the store, the language pair, where to print. */
    abstract static class Subcommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DataOption data;
        @Mixin
        Pair pair;
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add the terms of a .tbx, .csv or .tsv file to the glossary.")
    static final class Import extends Subcommand {
        @Parameters(paramLabel = "FILE", description = "The glossary file.")
        Path file;
        @Option(names = "--doc", paramLabel = "DOC", description = "Apply the terms to this document only.")
        String document;

        @Override
        public Integer call() {
            List<Term> terms = data.workbench().glossaries().importFile(file, pair.source(), pair.target(), document);
            long pairs = terms.stream().map(term -> term.sourceLanguage() + "→" + term.targetLanguage()).distinct().count();
            if (terms.isEmpty()) {
                spec.commandLine().getOut().printf("0 terms imported from %s (it has no terms%s)%n", file.getFileName(),
                        pair.to == null ? "" : " into " + pair.to);
                return 0;
            }
            spec.commandLine().getOut().printf("%d terms imported from %s (%d language %s)%n", terms.size(), file.getFileName(),
                    pairs, pairs == 1 ? "pair" : "pairs");
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the glossary as .tbx (TBX-Basic), .csv or .tsv.")
    static final class Export extends Subcommand {
        @Parameters(paramLabel = "FILE", description = "The file to write; its extension chooses the format.")
        Path file;

        @Override
        public Integer call() {
            GlossaryFormat format = GlossaryFormat.ofFileName(file.getFileName().toString());
            byte[] content = data.workbench().glossaries().export(format, pair.source(), pair.target());
            try {
                Files.write(file, content);
            } catch (IOException e) {
                throw TandemException.badInput("cannot write " + file + ": " + e.getMessage());
            }
            spec.commandLine().getOut().printf("%s written%n", file);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the glossary's terms.")
    static final class ListTerms extends Subcommand {
        @Option(names = "--json", description = "Print JSON: {\"terms\": [...]}.")
        boolean json;

        @Override
        public Integer call() {
            List<Term> terms = data.workbench().glossaries().list(pair.source(), pair.target());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonBodies.create().pretty(Map.of("terms", terms)));
                return 0;
            }
            for (Term term : terms) {
                out.printf("%s\t%s→%s\t%s\t%s\t%s%s%s%n", term.id(), term.sourceLanguage(), term.targetLanguage(), term.source(),
                        term.target(), term.status().label(), term.partOfSpeech() == null ? "" : "\t" + term.partOfSpeech(),
                        term.document() == null ? "" : "\t(" + term.document() + " only)");
            }
            return 0;
        }
    }
}
