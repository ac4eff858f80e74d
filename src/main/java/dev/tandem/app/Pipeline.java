package dev.tandem.app;

import dev.tandem.align.Aligner;
import dev.tandem.align.Alignment;
import dev.tandem.align.BeadFormat;
import dev.tandem.align.SentenceAligner;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.extract.ExtractionLimits;
import dev.tandem.extract.Extractor;
import dev.tandem.extract.IsolatedExtractor;
import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BeadLink;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.SegmentationRules;
import dev.tandem.model.SharedText;
import dev.tandem.model.TandemException;
import dev.tandem.model.TextSpan;
import dev.tandem.normalize.ArticleNormalizer;
import dev.tandem.normalize.NormalizationOptions;
import dev.tandem.segment.SentenceSegmenter;
import dev.tandem.segment.SrxReader;
import dev.tandem.segment.SrxWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The store-free verbs: extract, normalize, segment and align. Nothing here reads or writes the
 * translation store, so the CLI's {@code extract}, {@code segment} and {@code align} work anywhere.
 */
public final class Pipeline implements AutoCloseable {

    /** The project's own segmentation rules, next to the documents. */
    public static final String PROJECT_RULES = "segmentation.srx";

    private final ExtractionLimits limits;
    private final Once<Extractor> extractor;
    private final Once<ArticleNormalizer> normalizer;
    private final SentenceSegmenter segmenter;
    private final Aligner aligner;
    /** The team's rules, when the store shares them (null: this pipeline's own), and the segmenter of their last version. */
    private volatile SharedText teamRules;
    private volatile Followed followed;

    private record Followed(String version, SentenceSegmenter segmenter) {
    }

    public Pipeline(Extractor extractor, ArticleNormalizer normalizer, SentenceSegmenter segmenter, Aligner aligner) {
        this(extractor.limits(), Once.made(extractor), Once.made(normalizer), segmenter, aligner);
    }

    private Pipeline(ExtractionLimits limits, Once<Extractor> extractor, Once<ArticleNormalizer> normalizer,
                     SentenceSegmenter segmenter, Aligner aligner) {
        this.limits = limits;
        this.extractor = extractor;
        this.normalizer = normalizer;
        this.segmenter = segmenter;
        this.aligner = aligner;
    }

    /** The default stages with the built-in segmentation rules, plus the SRX file {@code srx} when not null. */
    public static Pipeline standard(Path srx) {
        return standard(srx, Parsing.IN_PROCESS);
    }

    /** The same, parsing files in this process or in child processes (see {@link Parsing}). */
    public static Pipeline standard(Path srx, Parsing parsing) {
        SegmentationRules rules = srx == null ? SegmentationRules.none() : new SrxReader().read(srx);
        ExtractionLimits limits = ExtractionLimits.defaults();
        // Tika and its parsers are a second of class loading: only commands that extract pay for it.
        Once<Extractor> extractor = new Once<>(() -> parsing == Parsing.ISOLATED ? new IsolatedExtractor(limits)
                : new ArticleExtractor(limits));
        // So is the normalizer's set-up (ICU's normalization data among it), which segmenting text does not need.
        return new Pipeline(limits, extractor, new Once<>(ArticleNormalizer::new), new SentenceSegmenter(rules), new SentenceAligner());
    }

    /**
     * The pipeline of a project whose store is {@code dataRoot}: {@code srx} when given, else the
     * project's {@code <dataRoot>/segmentation.srx} when it exists. Only reads; creates nothing.
     */
    public static Pipeline forProject(Path dataRoot, Path srx) {
        return forProject(dataRoot, srx, Parsing.IN_PROCESS);
    }

    /** The same, parsing files in this process or in child processes (see {@link Parsing}). */
    public static Pipeline forProject(Path dataRoot, Path srx, Parsing parsing) {
        Path projectRules = dataRoot.resolve(PROJECT_RULES);
        return standard(srx != null ? srx : Files.isRegularFile(projectRules) ? projectRules : null, parsing);
    }

    /** Where files are parsed: in this process (the CLI's own files), or in child JVMs with their own heap (uploads). */
    public enum Parsing { IN_PROCESS, ISOLATED }

    /** Stops the extraction workers, if any. */
    @Override
    public void close() {
        if (extractor.ifMade() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop the extraction workers", e);
            }
        }
    }

    /** The normalized article of a file, as it would be imported. */
    public Article extract(Path file) {
        return extract(file, true);
    }

    /** The normalized article of a file, with photo captions and credits kept or left out. */
    public Article extract(Path file, boolean keepCaptions) {
        ArticleNormalizer chosen = keepCaptions ? normalizer.get() : new ArticleNormalizer(new NormalizationOptions(false));
        return extract(read(file), file.getFileName().toString(), chosen);
    }

    public Article extract(byte[] content, String fileName) {
        return extract(content, fileName, normalizer.get());
    }

    private Article extract(byte[] content, String fileName, ArticleNormalizer articleNormalizer) {
        try (InputStream input = new ByteArrayInputStream(content)) {
            return articleNormalizer.normalize(extractor.get().extract(input, fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<TextSpan> segment(String text, LanguageTag language) {
        return segmenter().segment(text, language.tag());
    }

    /**
     * Whether only the built-in rules are in force. Then a sentence never spans a blank line (a line
     * break ends a sentence whatever precedes it), so a long text can be segmented paragraph group by
     * paragraph group with the same result; custom SRX rules may say otherwise.
     */
    public boolean segmentsWithBuiltInRulesOnly() {
        return segmenter().customRules().isEmpty();
    }

    /** The sentences of a file, through the same extraction, normalization and segmentation as an import. */
    public List<String> sentences(byte[] content, String fileName, LanguageTag language) {
        List<String> sentences = new ArrayList<>();
        SentenceSegmenter current = segmenter();
        for (ArticleBlock block : extract(content, fileName).blocks()) {
            current.segment(block.text(), language.tag()).forEach(span -> sentences.add(span.of(block.text())));
        }
        return sentences;
    }

    /** The sentences of a file on disk (within the extraction size limit). */
    public List<String> sentences(Path file, LanguageTag language) {
        return sentences(read(file), file.getFileName().toString(), language);
    }

    /** The sentences of pasted text: paragraphs are separated by blank lines, as in a text file. */
    public List<String> sentences(String text, LanguageTag language) {
        return sentences(text.getBytes(StandardCharsets.UTF_8), "pasted.txt", language);
    }

    /** Aligns two lists of sentences (the CLI's {@code align}); nothing is stored. */
    public SentenceAlignment align(List<String> source, List<String> target, LanguageTag from, LanguageTag to) {
        Alignment alignment = alignment(source, target, from, to);
        List<BeadLink> beads = alignment.beads().stream()
                .map(bead -> new BeadLink(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(), bead.targetEnd(),
                        bead.confidence(), false))
                .toList();
        return new SentenceAlignment(source, target, beads, new BeadFormat().format(alignment));
    }

    Alignment alignment(List<String> source, List<String> target, LanguageTag from, LanguageTag to) {
        if (source.isEmpty() || target.isEmpty()) {
            throw TandemException.badInput((source.isEmpty() ? "the source" : "the translation") + " has no sentences to align");
        }
        return aligner.align(source, target, from.tag(), to.tag());
    }

    /** The corrected beads, each with the confidence the aligner gives what it now pairs. */
    Alignment rescored(List<String> source, List<String> target, LanguageTag from, LanguageTag to, Alignment beads) {
        return aligner.rescore(source, target, from.tag(), to.tag(), beads);
    }

    /** The segmentation rules in force: the project's own (from SRX) and all of them written as SRX 2.0. */
    public SegmentationRulesView segmentationRules() {
        SentenceSegmenter current = segmenter();
        return new SegmentationRulesView(current.customRules(), new SrxWriter().write(current.effectiveRules()));
    }

    /** A file's bytes, refused with a one-line message when it is larger than extraction accepts. */
    byte[] read(Path file) {
        return FileInput.read(file, limits.maxBytes());
    }

    /** Loads the extractor now (Tika's parsers and their configuration), so that the first import does not wait for it. */
    public void warmUp() {
        extractor.get();
    }

    /** A value made on first use, once, whichever thread asks first. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> make;
        private T value;

        Once(Supplier<T> make) {
            this.make = make;
        }

        static <T> Once<T> made(T value) {
            Once<T> once = new Once<>(() -> value);
            once.get();
            return once;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }

        /** The value if it was made, else null. */
        synchronized T ifMade() {
            return value;
        }
    }

    /** A builder of documents with the rules in force now (the team's may change between two imports). */
    DocumentBuilder documentBuilder() {
        return new DocumentBuilder(segmenter());
    }

    /**
     * Segments with the rules a team's store shares from now on, whenever it holds some (else with
     * this pipeline's own): they are read again when their version moved, so rules stored from any
     * server apply to the next import or re-split on every server.
     */
    void followTeamRules(SharedText rules) {
        teamRules = rules;
    }

    private SentenceSegmenter segmenter() {
        SharedText shared = teamRules;
        if (shared == null) {
            return segmenter;
        }
        String version = shared.version(); // before the read: a write in between is read again next time
        Followed known = followed;
        if (known != null && known.version().equals(version)) {
            return known.segmenter();
        }
        SentenceSegmenter current = shared.read().map(srx -> new SentenceSegmenter(new SrxReader().parse(srx))).orElse(segmenter);
        followed = new Followed(version, current);
        return current;
    }
}
