package dev.tandem.app;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
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
        List<List<InlineCode>> codes = article.blocks().stream().map(ArticleBlock::codes).toList();
        return build(id, title, Block.layout(article.blocks()), codes, language, origin);
    }

    /** The same document split into sentences again (after the segmentation rules changed); inline codes stay where they were. */
    Document rebuild(Document document) {
        List<List<InlineCode>> codes = new ArrayList<>();
        for (Block block : document.blocks()) {
            List<Segment> sentences = document.segments().stream().filter(segment -> segment.block() == block.index()).toList();
            codes.add(SentenceCodes.gather(sentences.stream().map(Segment::codes).toList(),
                    sentences.stream().map(segment -> segment.start() - block.start()).toList(),
                    sentences.stream().map(segment -> segment.text().length()).toList()));
        }
        return build(document.id(), document.title(), document.blocks(), codes, LanguageTag.of(document.sourceLanguage()), document.origin());
    }

    private Document build(String id, String title, List<Block> blocks, List<List<InlineCode>> blockCodes, LanguageTag language,
                           Origin origin) {
        List<Segment> segments = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Block block : blocks) {
            List<TextSpan> spans = segmenter.segment(block.text(), language.tag());
            List<List<InlineCode>> codes = SentenceCodes.distribute(new CodedText(block.text(), blockCodes.get(block.index())), spans);
            for (int k = 0; k < spans.size(); k++) {
                TextSpan span = spans.get(k);
                String sentence = span.of(block.text());
                segments.add(new Segment(segmentId(sentence, seen), block.index(), sentence,
                        block.start() + span.start(), block.start() + span.end(), codes.get(k)));
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
