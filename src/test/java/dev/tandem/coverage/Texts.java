package dev.tandem.coverage;

import dev.tandem.model.Block;
import dev.tandem.model.BlockType;
import dev.tandem.model.Document;
import dev.tandem.model.Segment;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.util.ArrayList;
import java.util.List;

/** Builds small documents and translations by hand for counting tests. */
final class Texts {

    private Texts() {
    }

    /** A document of one paragraph per sentence; segment ids are "s0", "s1", … */
    static Document document(String language, String... sentences) {
        List<Block> blocks = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < sentences.length; i++) {
            String text = sentences[i];
            blocks.add(new Block(i, BlockType.PARAGRAPH, text, offset, offset + text.length()));
            segments.add(new Segment("s" + i, i, text, offset, offset + text.length()));
            offset += text.length() + Document.BLOCK_SEPARATOR.length();
        }
        return new Document("doc", "A document", language, null, blocks, segments);
    }

    static Translation untranslated(Document document, String language) {
        return new Translation(document.id(), language,
                document.segments().stream().map(s -> Unit.initial(s.id(), List.of(s.id()))).toList());
    }
}
