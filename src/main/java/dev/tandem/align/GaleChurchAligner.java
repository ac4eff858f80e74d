package dev.tandem.align;

import java.util.List;

/**
 * Plain Gale–Church (1993) length-based alignment: lengths in characters, ratio 1, s² = 6.8, the
 * 1993 bead priors, beads 1:1, 1:0, 0:1, 2:1, 1:2, 2:2. The baseline {@link SentenceAligner} is
 * measured against; it uses the same banded search, so it scales the same way.
 */
public final class GaleChurchAligner implements Aligner {

    private static final int INITIAL_HALF_WIDTH = 32;

    private final BandedSearch search = new BandedSearch(BeadShape.GALE_CHURCH);

    @Override
    public Alignment align(List<String> source, List<String> target, String sourceLanguage, String targetLanguage) {
        if (source.isEmpty() || target.isEmpty()) {
            return Alignment.unpaired(source.size(), target.size());
        }
        double[] sourceLengths = LengthModel.measureAll(source, 1);
        double[] targetLengths = LengthModel.measureAll(target, 1);
        LengthModel lengths = new LengthModel(1.0, LengthModel.GALE_CHURCH_VARIANCE);
        SpanLengths sourceSpans = new SpanLengths(sourceLengths);
        SpanLengths targetSpans = new SpanLengths(targetLengths);
        BeadCost cost = new LengthOnlyCost(lengths, sourceSpans, targetSpans);
        Band band = new CoarseBand(lengths).around(sourceLengths, targetLengths, INITIAL_HALF_WIDTH);
        return new Alignment(search.search(band, ignored -> cost).beads(confidence(sourceSpans, targetSpans)));
    }

    @Override
    public Alignment rescore(List<String> source, List<String> target, String sourceLanguage, String targetLanguage,
                             Alignment beads) {
        SpanLengths sourceSpans = new SpanLengths(LengthModel.measureAll(source, 1));
        SpanLengths targetSpans = new SpanLengths(LengthModel.measureAll(target, 1));
        return new Alignment(BandedSearch.Path.along(beads.beads()).beads(confidence(sourceSpans, targetSpans)));
    }

    private static BandedSearch.Path.Confidence confidence(SpanLengths sourceSpans, SpanLengths targetSpans) {
        LengthModel lengths = new LengthModel(1.0, LengthModel.GALE_CHURCH_VARIANCE);
        return (i, j, a, b) -> a > 0 && b > 0 ? lengths.probability(sourceSpans.sum(i, a), targetSpans.sum(j, b)) : 0;
    }
}
