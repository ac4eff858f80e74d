package dev.tandem.app;

import dev.tandem.model.SegmentationRules;

/** The segmentation rules a project uses: its own rules, and everything in force as SRX 2.0. */
public record SegmentationRulesView(SegmentationRules projectRules, String effectiveSrx) {
}
