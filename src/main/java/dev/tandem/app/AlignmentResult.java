package dev.tandem.app;

import dev.tandem.model.AlignmentRecord;
import java.util.List;

/**
 * What aligning a translation did: the stored alignment, how many units it filled, and the units
 * it kept because a translator already worked on them (each beside what the alignment proposed).
 */
public record AlignmentResult(AlignmentRecord alignment, int filled, List<Kept> kept) {

    public AlignmentResult {
        kept = List.copyOf(kept);
    }

    /** A kept unit: its sources, the translator's target and the aligned text it was not replaced by. */
    public record Kept(String unitId, List<String> segments, String source, String target, String by, String aligned) {
        public Kept {
            segments = List.copyOf(segments);
        }
    }

    /** One line for the CLI and the page: "31 filled, 8 kept because a translator already worked on them". */
    public String summary() {
        return filled + " filled, " + kept.size() + " kept because a translator already worked on them";
    }
}
