package dev.tandem.cli;

import dev.tandem.app.DocumentSummary;
import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "resegment", mixinStandardHelpOptions = true,
        description = {"Split documents into sentences again with the rules in force (the built-in rules and",
                "<data>/segmentation.srx). Translations of sentences that did not change are kept; units whose",
                "sentence changed keep their translation and are marked 'source changed'."})
final class ResegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(arity = "0..*", paramLabel = "DOC", description = "Document ids (default: every document).")
    List<String> documents;

    @Override
    public Integer call() {
        Workbench workbench = data.workbench();
        List<String> ids = documents == null || documents.isEmpty()
                ? workbench.documents().list().stream().map(DocumentSummary::id).toList() : documents;
        PrintWriter out = spec.commandLine().getOut();
        for (String id : ids) {
            int before = workbench.documents().document(id).segments().size();
            Document after = workbench.documents().resegment(id);
            out.println(String.format("%s: %d → %d segments", id, before, after.segments().size()));
        }
        out.flush();
        return 0;
    }
}
