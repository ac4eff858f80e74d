package dev.tandem.extract;

import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Undoes the page layout of a PDF: drops page numbers and the running headers and footers that
 * repeat at the top or bottom of most pages, joins words hyphenated across a line break, joins
 * wrapped lines into one paragraph, and rejoins a paragraph that a page break cut in two.
 */
final class PdfLayout {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-–—\\s]*(?:(?:page|seite|página|pagina|p\\.)\\s*)?\\d{1,4}(?:\\s*(?:/|of|von|de|sur)\\s*\\d{1,4})?[-–—\\s]*$"
                    + "|^[-–—\\s]*[ivxlc]{1,6}[-–—\\s]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPHENATED = Pattern.compile("(?<=\\p{L})[-\\u00AD]$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;。！？\"”»)]$");
    private static final int EDGE_LINES = 2;

    private final List<ArticleBlock> blocks;
    private final List<Integer> pageStarts;

    PdfLayout(List<ArticleBlock> blocks, List<Integer> pageStarts) {
        this.blocks = blocks;
        this.pageStarts = pageStarts.isEmpty() ? List.of(0) : pageStarts;
    }

    List<ArticleBlock> clean() {
        List<List<List<String>>> pages = pages();
        Set<String> running = runningLines(pages);
        List<ArticleBlock> result = new ArrayList<>();
        for (List<List<String>> page : pages) {
            boolean firstOnPage = true;
            int totalLines = page.stream().mapToInt(List::size).sum();
            int lineIndex = 0;
            for (List<String> block : page) {
                List<String> kept = new ArrayList<>();
                for (String line : block) {
                    boolean edge = lineIndex < EDGE_LINES || lineIndex >= totalLines - EDGE_LINES;
                    lineIndex++;
                    String stripped = line.strip();
                    if (stripped.isEmpty() || (edge && (PAGE_NUMBER.matcher(stripped).matches()
                            || running.contains(key(stripped))))) {
                        continue;
                    }
                    kept.add(stripped);
                }
                if (kept.isEmpty()) {
                    continue;
                }
                String text = joinLines(kept);
                if (firstOnPage && continuesPrevious(result, text)) {
                    ArticleBlock previous = result.remove(result.size() - 1);
                    text = joinLines(List.of(previous.text(), text));
                }
                firstOnPage = false;
                result.add(new ArticleBlock(BlockType.PARAGRAPH, text));
            }
        }
        return result;
    }

    private List<List<List<String>>> pages() {
        List<List<List<String>>> pages = new ArrayList<>();
        for (int p = 0; p < pageStarts.size(); p++) {
            int from = pageStarts.get(p);
            int to = p + 1 < pageStarts.size() ? pageStarts.get(p + 1) : blocks.size();
            List<List<String>> page = new ArrayList<>();
            for (ArticleBlock block : blocks.subList(Math.min(from, blocks.size()), Math.min(to, blocks.size()))) {
                page.add(List.of(block.text().split("\\R")));
            }
            pages.add(page);
        }
        return pages;
    }

    /** Lines (digits ignored) at the top or bottom of at least half the pages, on at least two. */
    private static Set<String> runningLines(List<List<List<String>>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<List<String>> page : pages) {
            List<String> lines = new ArrayList<>();
            page.forEach(block -> block.stream().filter(l -> !l.isBlank()).forEach(lines::add));
            Set<String> edges = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i < EDGE_LINES || i >= lines.size() - EDGE_LINES) {
                    edges.add(key(lines.get(i).strip()));
                }
            }
            edges.forEach(edge -> counts.merge(edge, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Set<String> running = new HashSet<>();
        counts.forEach((line, count) -> {
            if (count >= needed && pages.size() >= 2) {
                running.add(line);
            }
        });
        return running;
    }

    private static String key(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    static String joinLines(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() == 0) {
                text.append(line);
            } else if (HYPHENATED.matcher(text).find() && !line.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
                text.setLength(text.length() - 1);
                text.append(line);
            } else {
                text.append(' ').append(line);
            }
        }
        return text.toString();
    }

    private static boolean continuesPrevious(List<ArticleBlock> result, String text) {
        if (result.isEmpty() || text.isEmpty()) {
            return false;
        }
        String previous = result.get(result.size() - 1).text();
        return !SENTENCE_END.matcher(previous).find() && Character.isLowerCase(text.codePointAt(0));
    }
}
