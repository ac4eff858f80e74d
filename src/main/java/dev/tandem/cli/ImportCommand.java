package dev.tandem.cli;

import dev.tandem.app.AlignmentResult;
import dev.tandem.app.ArticleImport;
import dev.tandem.app.BilingualFileRefused;
import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.ImportReport;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles (HTML, TXT, DOCX, ODT, RTF, PDF, EPUB, Markdown) into the store.",
                "With --doc: import bilingual files (TMX, XLIFF 1.2/2.x, CSV, TSV) into a document's translation.",
                "Every file that can be imported is; each failure is one line, then exit 2."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Option(names = "--lang", paramLabel = "xx", description = "Source language (BCP 47), when the file does not declare it.")
    String language;

    @Option(names = "--id", paramLabel = "ID", description = "Document id (a slug); only with a single file. Default: from the file name.")
    String id;

    @Option(names = "--replace",
            description = "When the id is taken: import the file as that document's new version (translations of unchanged sentences are kept).")
    boolean replace;

    @Option(names = "--doc", paramLabel = "DOC",
            description = "Fill this document's targets from bilingual FILEs instead of importing articles.")
    String bilingualDocument;

    @Option(names = "--to", paramLabel = "yy",
            description = "With --doc: the target language (default: the one the file declares; CSV/TSV need it).")
    String targetLanguage;

    @Option(names = "--overwrite", description = "With --doc: replace targets that changed in Tandem or differ from the file.")
    boolean overwrite;

    @Option(names = "--plain-text", description = "With --doc: import targets whose tags (inline codes) do not match the source"
            + " as plain text, dropping their tags, instead of refusing the file.")
    boolean plainText;

    @Option(names = "--by", paramLabel = "NAME", description = "With --doc: the translator recorded on filled units.")
    String by;

    @Option(names = "--align",
            description = "With --doc and --to: FILEs are the translated article (any format); align its sentences to DOC's."
                    + " Fills units that are empty or hold an earlier alignment; units a translator worked on are kept.")
    boolean align;

    @Option(names = "--replace-human-work",
            description = "With --align: also replace units a translator typed, imported or confirmed (their text stays in history).")
    boolean replaceHumanWork;

    @Override
    public Integer call() {
        if (replaceHumanWork && !align) {
            throw TandemException.badInput("--replace-human-work goes with --align");
        }
        if (align) {
            return alignTranslation();
        }
        if (bilingualDocument != null) {
            if (id != null || language != null || replace) {
                throw TandemException.badInput("--id, --lang and --replace are for importing articles; with --doc use --to");
            }
            Workbench workbench = data.workbench();
            LanguageTag target = targetLanguage == null ? null : LanguageTag.of(targetLanguage);
            return importEach(file -> {
                ImportReport report = workbench.exchange().importBilingual(bilingualDocument, target, file,
                        new ImportOptions(overwrite, by, plainText));
                return file + " (" + report.language() + "): " + report.summary();
            });
        }
        if (targetLanguage != null || overwrite || by != null || plainText) {
            throw TandemException.badInput("--to, --overwrite, --by and --plain-text go with --doc DOC (importing a bilingual file)");
        }
        if (id != null && files.size() > 1) {
            throw TandemException.badInput("--id names one document; import one file at a time with it");
        }
        LanguageTag tag = language == null ? null : LanguageTag.of(language);
        Workbench workbench = data.workbench();
        return importEach(file -> {
            try {
                ArticleImport imported = workbench.documents().importArticle(file, tag, id, replace);
                Document document = imported.document();
                return String.format("%s: %d blocks, %d segments (%s) from %s", document.id(),
                        document.blocks().size(), document.segments().size(), document.sourceLanguage(), file)
                        + (imported.languageNote() == null ? "" : "; " + imported.languageNote());
            } catch (BilingualFileRefused refused) {
                throw TandemException.badInput(refused.commandLine(file.toString()));
            }
        });
    }

    private int alignTranslation() {
        if (bilingualDocument == null || targetLanguage == null) {
            throw TandemException.badInput("--align needs --doc DOC and --to yy (the document and the translation's language)");
        }
        if (id != null || language != null || replace || overwrite || by != null) {
            throw TandemException.badInput("--align takes --doc, --to and --replace-human-work only");
        }
        Workbench workbench = data.workbench();
        LanguageTag target = LanguageTag.of(targetLanguage);
        return importEach(file -> {
            List<String> sentences = workbench.pipeline().sentences(file, target);
            AlignmentResult result = workbench.alignments().alignTranslation(bilingualDocument, target,
                    file.getFileName().toString(), sentences, replaceHumanWork);
            StringBuilder report = new StringBuilder(file + " (" + target + "): " + result.summary());
            for (AlignmentResult.Kept kept : result.kept()) {
                report.append(System.lineSeparator()).append("  kept ").append(kept.unitId()).append(" (")
                        .append(kept.by() == null ? "a translator" : kept.by()).append("): ").append(kept.target())
                        .append(" | aligned: ").append(kept.aligned());
            }
            return report.toString();
        });
    }

    /**
     * Imports every file it can: each failure is one line on stderr and the others go on; with
     * more than one file, a summary line ends a run with failures.
     */
    private int importEach(Function<Path, String> importOne) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportProgress progress = new ImportProgress(files.size(), err, System.console() != null);
        int failed = 0;
        for (Path file : files) {
            progress.starting(file);
            try {
                out.println(progress.prefix() + importOne.apply(file));
            } catch (TandemException e) {
                failed++;
                progress.clear();
                err.println("tandem: " + e.getMessage());
            }
            out.flush();
        }
        progress.done();
        if (failed > 0 && files.size() > 1) {
            err.println("tandem: " + (files.size() - failed) + " of " + files.size() + " imported");
        }
        err.flush();
        return failed == 0 ? 0 : Main.EXIT_BAD_INPUT;
    }
}
