package dev.tandem.app;

import dev.tandem.align.Alignment;
import dev.tandem.align.Bead;
import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.BeadLink;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.TandemException;
import dev.tandem.model.Changed;
import dev.tandem.store.DocumentStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligning an existing translation to a document: the translation goes through the same
 * extraction, normalization and segmentation as a source, is aligned sentence by sentence, and
 * fills the language's units. The alignment is kept so a reviewer can correct it bead by bead.
 */
public final class Alignments {

    private final Pipeline pipeline;
    private final DocumentStore store;
    private final CoverageReporter coverage;
    private final TranslationEvents events;
    private final Clock clock;

    Alignments(Pipeline pipeline, DocumentStore store, CoverageReporter coverage, TranslationEvents events, Clock clock) {
        this.pipeline = pipeline;
        this.store = store;
        this.coverage = coverage;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Aligns the translation's sentences to the document and fills the language's units with them:
     * the units that are empty or hold what the aligner wrote; units a translator worked on are
     * kept unless {@code replaceHumanWork}.
     */
    public AlignmentResult alignTranslation(String documentId, LanguageTag language, String fileName, List<String> targetSentences,
                                            boolean replaceHumanWork) {
        Document document = store.requireDocument(documentId);
        document.requireTarget(language);
        List<String> source = document.segments().stream().map(Segment::text).toList();
        Alignment alignment = pipeline.alignment(source, targetSentences, LanguageTag.of(document.sourceLanguage()), language);
        List<BeadLink> beads = alignment.beads().stream().map(Alignments::link).toList();
        AlignmentRecord record = new AlignmentRecord(documentId, language.tag(), fileName, targetSentences, beads);
        return save(document, language, record, replaceHumanWork);
    }

    /** The same, keeping every unit a translator worked on. */
    public AlignmentResult alignTranslation(String documentId, LanguageTag language, String fileName, List<String> targetSentences) {
        return alignTranslation(documentId, language, fileName, targetSentences, false);
    }

    public AlignmentRecord alignment(String documentId, LanguageTag language) {
        return store.alignment(documentId, language).orElseThrow(() ->
                TandemException.notFound("no alignment for " + documentId + " in " + language + "; align a translation first"));
    }

    /** The stored alignment with the units it did not fill because a translator worked on them. */
    public AlignmentResult review(String documentId, LanguageTag language) {
        Document document = store.requireDocument(documentId);
        AlignmentRecord record = alignment(documentId, language);
        List<AlignmentResult.Kept> kept = new AlignedUnits(document, language).kept(store.translation(documentId, language), record);
        return new AlignmentResult(record, 0, kept);
    }

    /** Corrects one bead; the units of the beads that changed follow, except those a translator worked on. */
    public AlignmentResult edit(String documentId, LanguageTag language, int beadIndex, BeadEdit edit) {
        Document document = store.requireDocument(documentId);
        AlignmentRecord before = alignment(documentId, language);
        List<BeadLink> edited = edit.apply(before.beads(), beadIndex);
        return save(document, language, before.withBeads(rescored(document, language, before.targetSentences(), edited)), false);
    }

    /** Confidence follows an edit: a bead that now pairs the right sentences is no longer ranked for review. */
    private List<BeadLink> rescored(Document document, LanguageTag language, List<String> targetSentences, List<BeadLink> beads) {
        List<String> source = document.segments().stream().map(Segment::text).toList();
        Alignment corrected = new Alignment(beads.stream()
                .map(bead -> new Bead(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(), bead.targetEnd(), bead.confidence()))
                .toList());
        List<Bead> scored = pipeline.rescored(source, targetSentences, LanguageTag.of(document.sourceLanguage()), language, corrected).beads();
        List<BeadLink> result = new ArrayList<>(beads.size());
        for (int k = 0; k < beads.size(); k++) {
            result.add(beads.get(k).withConfidence(scored.get(k).confidence()));
        }
        return result;
    }

    private AlignmentResult save(Document document, LanguageTag language, AlignmentRecord record, boolean replaceHumanWork) {
        AlignedUnits units = new AlignedUnits(document, language);
        AlignedUnits.Outcome outcome = store.align(record, (stored, current) -> {
            AlignedUnits.Outcome applied = units.apply(current, record, replaceHumanWork, clock.instant());
            return new Changed<>(applied.translation(), applied);
        });
        changed(document.id(), language);
        return new AlignmentResult(record, outcome.filled(), outcome.kept());
    }

    /** Open editors reload the units; the day's progress counts the aligned words. */
    private void changed(String documentId, LanguageTag language) {
        coverage.recordProgress(documentId, language);
        events.publish(new TranslationEvents.Change(documentId, language.tag(), TranslationEvents.Change.Kind.RESTRUCTURED, null, AlignedUnits.ALIGNER));
    }

    private static BeadLink link(Bead bead) {
        return new BeadLink(bead.sourceStart(), bead.sourceEnd(), bead.targetStart(), bead.targetEnd(), bead.confidence(), false);
    }
}
