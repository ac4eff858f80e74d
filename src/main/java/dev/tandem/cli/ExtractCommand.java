package dev.tandem.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tandem.app.Workbench;
import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import dev.tandem.model.Document;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The {@code --json} output: what the article is, then its blocks with offsets. */
    record ArticleJson(String title, String language, String mediaType, Map<String, String> metadata, List<BlockJson> blocks) {
    }

    record BlockJson(BlockType type, String text, int start, int end) {
    }

    private static ArticleJson asJson(Article article) {
        List<BlockJson> blocks = new ArrayList<>();
        int offset = 0;
        for (ArticleBlock block : article.blocks()) {
            blocks.add(new BlockJson(block.type(), block.text(), offset, offset + block.text().length()));
            offset += block.text().length() + Document.BLOCK_SEPARATOR.length();
        }
        return new ArticleJson(article.title(), article.language(), article.mediaType(), article.metadata(), blocks);
    }

}
