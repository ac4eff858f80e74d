package dev.tandem.cli;

import dev.tandem.app.Pipeline;
import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.Block;
import dev.tandem.model.Document;
import dev.tandem.web.JsonBodies;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the normalized article of a file: blocks separated by a blank line.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to extract (any format Tika reads).")
    Path file;

    @Option(names = "--json", description = "Print JSON: metadata and blocks with their types and offsets.")
    boolean json;

    @ArgGroup(exclusive = true)
    Captions captions = new Captions();

    /** Photo captions and credits are kept, marked as captions, unless asked otherwise. */
    static final class Captions {
        @Option(names = "--keep-captions", description = "Keep captions and photo credits, marked as captions (the default).")
        boolean keep;

        @Option(names = "--no-captions", description = "Leave captions and photo credits out.")
        boolean drop;
    }

    @Override
    public Integer call() {
        Article article = Pipeline.standard(null).extract(file, !captions.drop);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonBodies.create().pretty(asJson(article)));
        } else {
            out.println(String.join(Document.BLOCK_SEPARATOR, article.blocks().stream().map(ArticleBlock::text).toList()));
        }
        return 0;
    }

    /** The {@code --json} output: what the article is, then its blocks with offsets. */
    record ArticleJson(String title, String language, String mediaType, Map<String, String> metadata, List<Block> blocks) {
    }

    private static ArticleJson asJson(Article article) {
        return new ArticleJson(article.title(), article.language(), article.mediaType(), article.metadata(),
                Block.layout(article.blocks()));
    }

}
