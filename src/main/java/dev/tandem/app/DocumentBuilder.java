package dev.tandem.app;

import dev.tandem.model.Article;
import dev.tandem.model.Block;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Origin;
import dev.tandem.model.Segment;
import dev.tandem.model.SourceHash;
import dev.tandem.model.TextSpan;
import dev.tandem.segment.SentenceSegmenter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a normalized article out as a {@link Document}: blocks joined by a blank line with their
 * offsets, each block split into sentences. Segment ids come from the sentence text (plus a counter
 * for repeats), so unchanged sentences keep their ids when a source is imported again.
 */
final class DocumentBuilder {

    private final SentenceSegmenter segmenter;

    DocumentBuilder(SentenceSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    Document build(String id, Article article, LanguageTag language, Origin origin) {
        String title = article.title() != null ? article.title() : article.blocks().isEmpty() ? id : article.blocks().get(0).text();
        return build(id, title, Block.layout(article.blocks()), language, origin);
    }

    /** The same document split into sentences again (after the segmentation rules changed). */
    Document rebuild(Document document) {
        return build(document.id(), document.title(), document.blocks(), LanguageTag.of(document.sourceLanguage()), document.origin());
    }

    private Document build(String id, String title, List<Block> blocks, LanguageTag language, Origin origin) {
        List<Segment> segments = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Block block : blocks) {
            for (TextSpan span : segmenter.segment(block.text(), language.tag())) {
                String sentence = span.of(block.text());
                segments.add(new Segment(segmentId(sentence, seen), block.index(), sentence,
                        block.start() + span.start(), block.start() + span.end()));
            }
        }
        return new Document(id, title, language.tag(), origin, blocks, segments);
    }

    private static String segmentId(String sentence, Map<String, Integer> seen) {
        String hash = SourceHash.of(sentence).substring(0, 10);
        int occurrence = seen.merge(hash, 1, Integer::sum);
        return occurrence == 1 ? "s" + hash : "s" + hash + "-" + occurrence;
    }
}
