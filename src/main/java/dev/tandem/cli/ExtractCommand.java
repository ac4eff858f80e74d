package dev.tandem.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tandem.app.Workbench;
import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the normalized article of a file: blocks separated by a blank line.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to extract (any format Tika reads).")
    Path file;

    @Option(names = "--json", description = "Print JSON: metadata and blocks with their types and offsets.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Workbench workbench = Workbench.open(Path.of("translations"));
        Article article = workbench.extract(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(workbench.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(asJson(article)));
        } else {
            out.println(String.join("\n\n", article.blocks().stream().map(ArticleBlock::text).toList()));
        }
        return 0;
    }

    private static Map<String, Object> asJson(Article article) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        int offset = 0;
        for (ArticleBlock block : article.blocks()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", block.type());
            entry.put("text", block.text());
            entry.put("start", offset);
            entry.put("end", offset + block.text().length());
            blocks.add(entry);
            offset += block.text().length() + 2;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", article.title());
        json.put("language", article.language());
        json.put("mediaType", article.mediaType());
        json.put("metadata", article.metadata());
        json.put("blocks", blocks);
        return json;
    }

}
