package dev.tandem.cli;

import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import articles (HTML, TXT, DOCX, ODT, RTF, PDF, EPUB, Markdown) into the store.")
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

    @Override
    public Integer call() {
        if (id != null && files.size() > 1) {
            throw TandemException.badInput("--id names one document; import one file at a time with it");
        }
        LanguageTag tag = language == null ? null : LanguageTag.of(language);
        Workbench workbench = data.workbench();
        for (Path file : files) {
            Document document = workbench.importFile(file, tag, id);
            spec.commandLine().getOut().printf("%s: %d blocks, %d segments (%s) from %s%n", document.id(),
                    document.blocks().size(), document.segments().size(), document.sourceLanguage(), file);
        }
        return 0;
    }
}
