package dev.tandem.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tandem's aligner: Gale–Church length agreement plus lexical anchors (numbers, cognates and
 * identical words, {@code ? ! ( )} and quotes), in two passes. The first pass searches a band around
 * a rough length-only path ({@link CoarseBand}); its confident 1:1 beads teach a small translation
 * lexicon of the document; the second pass searches a narrow band around the first path with the
 * lexicon added to the anchors. Deterministic, no model files, time and memory linear in the number
 * of sentences times the band width.
 */
public final class SentenceAligner implements Aligner {

    /** A Han, kana or Hangul character weighs about as much as this many Latin letters. */
    static final double CJK_WEIGHT = 2.5;
    private static final int FIRST_PASS_HALF_WIDTH = 32;
    private static final int SECOND_PASS_HALF_WIDTH = 12;

    private final BeadScorer.Weights weights;
    private final BandedSearch search = new BandedSearch(BeadShape.EXTENDED);

    public SentenceAligner() {
        this(BeadScorer.Weights.DEFAULT);
    }

    SentenceAligner(BeadScorer.Weights weights) {
        this.weights = weights;
    }

    @Override
    public Alignment align(List<String> source, List<String> target, String sourceLanguage, String targetLanguage) {
        int n = source.size();
        int m = target.size();
        if (n == 0 || m == 0) {
            return Alignment.unpaired(n, m);
        }
        Texts texts = Texts.of(source, target);
        Document document = texts.document();
        int[][][] ownKeys = TranslationLexicon.ownKeys(texts.sourceTokens());
        Band rough = new CoarseBand(document.lengths()).around(texts.sourceLengths(), texts.targetLengths(), FIRST_PASS_HALF_WIDTH);
        BeadScorer[] firstScorer = new BeadScorer[1];
        BandedSearch.Path first = search.search(rough, band -> firstScorer[0] = document.scorer(band, ownKeys, weights));
        List<Bead> firstBeads = beads(first, firstScorer[0]);

        Learned learned = texts.learnFrom(confidentOneToOne(firstBeads));
        Band nearFirst = Band.aroundPath(n, m, first.source(), first.target(), SECOND_PASS_HALF_WIDTH);
        BeadScorer[] secondScorer = new BeadScorer[1];
        BandedSearch.Path second = search.search(nearFirst,
                band -> secondScorer[0] = learned.document().scorer(band, learned.keys(), weights));
        return new Alignment(beads(second, secondScorer[0]));
    }

    /**
     * Scores the corrected path as the second pass scores its own: with a lexicon learned from the
     * path's confident pairs, over a band around the path.
     */
    @Override
    public Alignment rescore(List<String> source, List<String> target, String sourceLanguage, String targetLanguage,
                             Alignment beads) {
        if (source.isEmpty() || target.isEmpty()) {
            return beads;
        }
        Learned learned = Texts.of(source, target).learnFrom(confidentOneToOne(beads.beads()));
        BandedSearch.Path path = BandedSearch.Path.along(beads.beads());
        Band band = Band.aroundPath(source.size(), target.size(), path.source(), path.target(), SECOND_PASS_HALF_WIDTH);
        return new Alignment(beads(path, learned.document().scorer(band, learned.keys(), weights)));
    }

    /** The two texts measured and tokenized once. */
    private record Texts(LexicalTokenizer.Tokens sourceTokens, LexicalTokenizer.Tokens targetTokens,
                         double[] sourceLengths, double[] targetLengths, Document document) {

        static Texts of(List<String> source, List<String> target) {
            LexicalTokenizer tokenizer = new LexicalTokenizer();
            LexicalTokenizer.Tokens sourceTokens = tokenizer.tokenize(source);
            LexicalTokenizer.Tokens targetTokens = tokenizer.tokenize(target);
            double[] sourceLengths = LengthModel.measureAll(source, CJK_WEIGHT);
            double[] targetLengths = LengthModel.measureAll(target, CJK_WEIGHT);
            Document document = new Document(
                    LengthModel.calibrated(sourceLengths, targetLengths, LengthModel.GALE_CHURCH_VARIANCE),
                    new SpanLengths(sourceLengths), new SpanLengths(targetLengths),
                    new SpanLengths(anchorCounts(sourceTokens)), new SpanLengths(anchorCounts(targetTokens)),
                    new TargetIndex(targetTokens, tokenizer.keyCount()),
                    new NumberEvidence(sourceTokens.numbers(), targetTokens.numbers()));
            return new Texts(sourceTokens, targetTokens, sourceLengths, targetLengths, document);
        }

        /** The document's lexicon and length ratio taught by confident pairs. */
        Learned learnFrom(List<Bead> confident) {
            TranslationLexicon lexicon = TranslationLexicon.learn(confident, sourceTokens, targetTokens);
            return new Learned(document.withLengths(ratioOf(confident, sourceLengths, targetLengths)),
                    lexicon.expand(sourceTokens));
        }
    }

    private record Learned(Document document, int[][][] keys) {
    }

    /** What both passes share about the two texts. */
    private record Document(LengthModel lengths, SpanLengths sourceLengths, SpanLengths targetLengths,
                            SpanLengths sourceAnchors, SpanLengths targetAnchors, TargetIndex index,
                            NumberEvidence numbers) {

        /**
         * The length ratio from whole-text totals is skewed when one side has many extra sentences
         * (captions, notes); the second pass takes it from the confident pairs of the first instead.
         */
        Document withLengths(LengthModel recalibrated) {
            return new Document(recalibrated, sourceLengths, targetLengths, sourceAnchors, targetAnchors, index, numbers);
        }

        BeadScorer scorer(Band band, int[][][] sourceKeys, BeadScorer.Weights weights) {
            return new BeadScorer(weights, lengths, sourceLengths, targetLengths, sourceAnchors, targetAnchors,
                    new OverlapTable(band, sourceKeys, index), numbers, band);
        }
    }

    private static LengthModel ratioOf(List<Bead> pairs, double[] sourceLengths, double[] targetLengths) {
        double[] source = new double[pairs.size()];
        double[] target = new double[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            source[k] = sourceLengths[pairs.get(k).sourceStart()];
            target[k] = targetLengths[pairs.get(k).targetStart()];
        }
        return pairs.isEmpty()
                ? LengthModel.calibrated(sourceLengths, targetLengths, LengthModel.GALE_CHURCH_VARIANCE)
                : LengthModel.calibrated(source, target, LengthModel.GALE_CHURCH_VARIANCE);
    }

    private static double[] anchorCounts(LexicalTokenizer.Tokens tokens) {
        double[] counts = new double[tokens.sentenceCount()];
        for (int s = 0; s < counts.length; s++) {
            counts[s] = tokens.anchorCount(s);
        }
        return counts;
    }

    /** The better half of the 1:1 beads, by confidence. */
    private static List<Bead> confidentOneToOne(List<Bead> beads) {
        List<Bead> oneToOne = new ArrayList<>();
        for (Bead bead : beads) {
            if (bead.sourceCount() == 1 && bead.targetCount() == 1) {
                oneToOne.add(bead);
            }
        }
        List<Bead> ranked = new ArrayList<>(oneToOne);
        ranked.sort(Comparator.comparingDouble(Bead::confidence).reversed().thenComparingInt(Bead::sourceStart));
        if (ranked.isEmpty()) {
            return ranked;
        }
        double threshold = ranked.get(ranked.size() / 2).confidence();
        List<Bead> confident = new ArrayList<>();
        for (Bead bead : oneToOne) {
            if (bead.confidence() >= threshold) {
                confident.add(bead);
            }
        }
        return confident;
    }

    private static List<Bead> beads(BandedSearch.Path path, BeadScorer scorer) {
        return path.beads((i, j, a, b) -> BeadConfidence.of(scorer, i, j, a, b));
    }
}
