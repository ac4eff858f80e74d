package dev.tandem.cli;

import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.ImportReport;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles (HTML, TXT, DOCX, ODT, RTF, PDF, EPUB, Markdown) into the store.",
                "With --doc: import bilingual files (TMX, XLIFF 1.2/2.x, CSV, TSV) into a document's translation."})
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

    @Option(names = "--doc", paramLabel = "DOC",
            description = "Fill this document's targets from bilingual FILEs instead of importing articles.")
    String bilingualDocument;

    @Option(names = "--to", paramLabel = "yy",
            description = "With --doc: the target language (default: the one the file declares; CSV/TSV need it).")
    String targetLanguage;

    @Option(names = "--overwrite", description = "With --doc: replace targets that changed in Tandem or differ from the file.")
    boolean overwrite;

    @Option(names = "--by", paramLabel = "NAME", description = "With --doc: the translator recorded on filled units.")
    String by;

    @Override
    public Integer call() {
        if (bilingualDocument != null) {
            return importBilingual();
        }
        if (targetLanguage != null || overwrite || by != null) {
            throw TandemException.badInput("--to, --overwrite and --by go with --doc DOC (importing a bilingual file)");
        }
        if (id != null && files.size() > 1) {
            throw TandemException.badInput("--id names one document; import one file at a time with it");
        }
        LanguageTag tag = language == null ? null : LanguageTag.of(language);
        Workbench workbench = data.workbench();
        for (Path file : files) {
            Document document = workbench.documents().importFile(file, tag, id);
            spec.commandLine().getOut().printf("%s: %d blocks, %d segments (%s) from %s%n", document.id(),
                    document.blocks().size(), document.segments().size(), document.sourceLanguage(), file);
        }
        return 0;
    }

    private int importBilingual() {
        if (id != null || language != null) {
            throw TandemException.badInput("--id and --lang are for importing articles; with --doc use --to");
        }
        Workbench workbench = data.workbench();
        LanguageTag target = targetLanguage == null ? null : LanguageTag.of(targetLanguage);
        for (Path file : files) {
            ImportReport report = workbench.exchange().importBilingual(bilingualDocument, target, file,
                    new ImportOptions(overwrite, by));
            spec.commandLine().getOut().printf("%s (%s): %s%n", file, report.language(), report.summary());
        }
        return 0;
    }
}
