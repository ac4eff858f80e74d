package dev.tandem.cli;

import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ExportResult;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a translation as TMX, XLIFF 2.1, XLIFF 1.2, CSV, TSV, bilingual HTML, or the translated article"
                + " (txt, md, article-html, docx).")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "DOC", description = "The document id.")
    String document;

    @Option(names = "--to", required = true, paramLabel = "yy", description = "Target language (BCP 47).")
    String language;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "tmx, xliff (2.1), xliff12, csv, tsv, html (bilingual review table), or the translated article:"
                    + " txt, md, article-html (a web page) or docx (needs -o).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path output;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only units at least this far along: initial, translated, reviewed or final.")
    String minimumStatus;

    @Option(names = "--all", negatable = true,
            description = "Include units without a target (default: yes, except for TMX).")
    Boolean untranslated;

    @Override
    public Integer call() throws IOException {
        ExchangeFormat exchangeFormat = ExchangeFormat.of(format);
        if (exchangeFormat.binary() && output == null) {
            throw TandemException.badInput(exchangeFormat.label() + " is not text and is not written to standard output: name a file with -o FILE."
                    + exchangeFormat.extension());
        }
        ExportResult result = data.workbench().exchange().export(document, LanguageTag.of(language), exchangeFormat,
                new ExportOptions(minimumStatus == null ? null : Status.parse(minimumStatus), untranslated));
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(result.content(), StandardCharsets.UTF_8));
            out.flush();
        } else {
            write(output, result.content());
        }
        PrintWriter err = spec.commandLine().getErr();
        result.warnings().forEach(warning -> err.println("tandem: warning: " + warning));
        err.flush();
        return 0;
    }

    private static void write(Path output, byte[] content) {
        if (Files.isDirectory(output)) {
            throw TandemException.badInput("cannot write " + output + ": it is a folder; name a file (-o " + output.resolve("file") + ")");
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw TandemException.notFound("cannot write " + output + ": the folder " + parent + " does not exist");
        }
        try {
            Files.write(output, content);
        } catch (AccessDeniedException e) {
            throw TandemException.badInput("cannot write " + output + ": permission denied");
        } catch (IOException e) {
            throw TandemException.badInput("cannot write " + output + ": " + e.getMessage());
        }
    }
}
