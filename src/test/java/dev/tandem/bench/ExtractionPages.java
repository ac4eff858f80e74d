package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The extraction benchmark's pages: Zyte's 121 (ground truth written by people; title, standfirst
 * and captions not in it) and Mozilla Readability's test pages (ground truth: the text of the
 * article Readability is expected to give, captions included), the latter split into the pages we
 * develop on and the pages held out.
 */
final class ExtractionPages {

    static final Path ROOT = Path.of("src/test/resources/bench/extraction");
    static final String ZYTE = "zyte";
    static final String READABILITY_DEV = "readability (development)";
    static final String READABILITY_HELD_OUT = "readability (held out)";

    /** One page: its set, id, raw bytes, the expected body text, and which of our blocks are compared. */
    record Page(String set, String id, byte[] html, String truth, Set<BlockType> notBody) {

        /** Our article as the ground truth of this page's set sees it. */
        String body(Article article) {
            StringBuilder text = new StringBuilder();
            for (ArticleBlock block : article.blocks()) {
                if (!notBody.contains(block.type())) {
                    text.append(block.text()).append('\n');
                }
            }
            return text.toString();
        }
    }

    private ExtractionPages() {
    }

    static List<Page> all() {
        List<Page> pages = new ArrayList<>(zyte());
        pages.addAll(readability());
        return pages;
    }

    static List<Page> zyte() {
        try {
            JsonNode truth = new ObjectMapper().readTree(ROOT.resolve("ground-truth.json").toFile());
            List<Page> pages = new ArrayList<>();
            Set<String> ids = new TreeSet<>();
            truth.fieldNames().forEachRemaining(ids::add);
            for (String id : ids) {
                pages.add(new Page(ZYTE, id, gunzip(ROOT.resolve("html/" + id + ".html.gz")),
                        truth.get(id).get("articleBody").asText(), Set.of(BlockType.TITLE, BlockType.SUBTITLE, BlockType.CAPTION)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Page> readability() {
        try {
            Path folder = ROOT.resolve("readability");
            Set<String> heldOut = new TreeSet<>(Files.readAllLines(folder.resolve("held-out.txt")));
            Set<String> names = new TreeSet<>();
            try (var files = Files.list(folder)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".source.html.gz"))
                        .forEach(name -> names.add(name.substring(0, name.length() - ".source.html.gz".length())));
            }
            AutoDetectParser tika = new AutoDetectParser();
            List<Page> pages = new ArrayList<>();
            for (String name : names) {
                String truth = text(tika, gunzip(folder.resolve(name + ".expected.html.gz")));
                pages.add(new Page(heldOut.contains(name) ? READABILITY_HELD_OUT : READABILITY_DEV, name,
                        gunzip(folder.resolve(name + ".source.html.gz")), truth, Set.of(BlockType.TITLE)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(AutoDetectParser tika, byte[] html) {
        try {
            BodyContentHandler body = new BodyContentHandler(-1);
            Metadata metadata = new Metadata();
            metadata.set("resourceName", "expected.html");
            tika.parse(new ByteArrayInputStream(html), body, metadata, new ParseContext());
            return body.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
