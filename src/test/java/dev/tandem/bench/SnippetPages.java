package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.bench.ExtractionPages.Page;
import dev.tandem.model.BlockType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * A sample of trafilatura's own evaluation (290 of its 990 pages, chosen by a hash of the file
 * name; news, blogs, government and shop pages, mostly German, also English, French, Polish and
 * more): each page has snippets that must be in the extracted body and snippets that must not.
 * Split once by the same hash into the pages we develop on and the pages held out.
 */
final class SnippetPages {

    static final String DEV = "trafilatura (development)";
    static final String HELD_OUT = "trafilatura (held out)";

    /** One page, scored by substring: {@code with} must be in the body, {@code without} must not. */
    record SnippetPage(Page page, String url, List<String> with, List<String> without) {
        SnippetPage {
            with = List.copyOf(with);
            without = List.copyOf(without);
        }
    }

    private SnippetPages() {
    }

    static List<SnippetPage> all() {
        Path folder = ExtractionPages.ROOT.resolve("trafilatura");
        try {
            Set<String> heldOut = new TreeSet<>(Files.readAllLines(folder.resolve("held-out.txt")));
            JsonNode evaldata = new ObjectMapper().readTree(folder.resolve("evaldata.json").toFile());
            Map<String, JsonNode> byUrl = new TreeMap<>();
            evaldata.fields().forEachRemaining(entry -> byUrl.put(entry.getKey(), entry.getValue()));
            List<SnippetPage> pages = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : byUrl.entrySet()) {
                String file = entry.getValue().get("file").asText();
                byte[] html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve("pages/" + file + ".gz")))) {
                    html = in.readAllBytes();
                }
                // trafilatura's output, which the annotations follow, has no title (often a snippet to
                // avoid) and no figures (it removes <figure>, so captions are often snippets to avoid).
                Page page = new Page(heldOut.contains(file) ? HELD_OUT : DEV, file, html, "", Set.of(BlockType.TITLE, BlockType.CAPTION));
                pages.add(new SnippetPage(page, entry.getKey(), texts(entry.getValue().get("with")),
                        texts(entry.getValue().get("without"))));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SnippetPage> of(String set) {
        return all().stream().filter(page -> page.page().set().equals(set)).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
