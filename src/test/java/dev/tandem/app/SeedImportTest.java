package dev.tandem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.model.Block;
import dev.tandem.model.BlockType;
import dev.tandem.model.Document;
import dev.tandem.model.Segment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedImportTest {

    @TempDir
    Path data;

    private Document seed;

    @BeforeEach
    void importSeed() {
        seed = TestWorkbench.withSeed(data).documents().document("seed");
    }

    @Test
    void titleAppearsOnceWithoutSiteName() {
        String title = "Kim Jong-Un on a visit to Russia holds a summit with Putin…to be dispatched to the Ukrainian front, "
                + "a surprising role “imposed on 50,000 North Korean soldiers”.";
        assertEquals(title, seed.title());
        assertEquals(BlockType.TITLE, seed.blocks().get(0).type());
        long copies = seed.blocks().stream().filter(block -> block.text().contains("Kim Jong-Un on a visit")).count();
        assertEquals(1, copies);
        assertFalse(seed.text().contains("FRIDAY DIGITAL"));
    }

    @Test
    void shareGalleryAndRelatedLinesAreNotSegments() {
        for (Segment segment : seed.segments()) {
            String text = segment.text();
            assertFalse(text.startsWith("Share on"), text);
            assertFalse(text.contains("Photo Gallery"), text);
            assertFalse(text.contains("Related Articles"), text);
            assertFalse(text.contains("Check out the best photos"), text);
            assertFalse(text.equals("PHOTO. Reuters/Afro"), text);
        }
    }

    @Test
    void photoCaptionIsKeptAsCaption() {
        Block caption = seed.blocks().get(1);
        assertEquals(BlockType.CAPTION, caption.type());
        assertTrue(caption.text().startsWith("North Korea is increasing its military power"));
    }

    @Test
    void sentencesEndWhereAReaderEndsThem() {
        List<String> sentences = seed.segments().stream().map(Segment::text).toList();
        assertTrue(sentences.contains("It is the first time in four and a half years, since April ’19, "
                + "that the leaders of Russia and the DPRK have met."));
        assertTrue(sentences.contains("Kim Jong-Un, on the other hand, is expected to ask for technical assistance "
                + "for missiles and a new submarine,” said a Moscow-based reporter for a national newspaper."));
        assertTrue(sentences.contains("Nakamura continues."));
        assertEquals(39, sentences.size());
    }

    @Test
    void segmentOffsetsPointIntoTheNormalizedText() {
        String text = seed.text();
        for (Segment segment : seed.segments()) {
            assertEquals(segment.text(), text.substring(segment.start(), segment.end()));
            Block block = seed.blocks().get(segment.block());
            assertTrue(segment.start() >= block.start() && segment.end() <= block.end());
        }
    }
}
