package dev.tandem.app;

import dev.tandem.model.MemoryEntry;
import dev.tandem.model.Provenance;
import dev.tandem.model.CodedText;
import dev.tandem.model.Document;
import dev.tandem.model.Segment;
import dev.tandem.model.SourceHash;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a document's translation gives the memory: every unit at least {@code translated} whose
 * source has not changed since, with its neighbouring sentences for context matches. Drafts
 * ({@code initial} with a target) are left out; pairs the aligner made and nobody checked are kept
 * but marked unverified (never a context match, never filled as translated). Both sides keep their
 * inline codes: the source's as the unit numbers them, the target's named after those.
 */
final class StoreEntries {

    private StoreEntries() {
    }

    static String group(String document, String language) {
        return "doc/" + document + "/" + language;
    }

    static String key(String document, String language, String unit) {
        return group(document, language) + "/" + unit;
    }

    static List<MemoryEntry> entries(Document document, Translation translation) {
        Map<String, String> texts = document.segmentTexts();
        Map<String, Segment> segments = document.segmentsById();
        List<Unit> units = translation.units();
        List<MemoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            entry(document, translation, texts, segments, i).ifPresent(entries::add);
        }
        return entries;
    }

    /** The entry of the unit at {@code index}, if it belongs in the memory. */
    static Optional<MemoryEntry> entry(Document document, Translation translation, Map<String, String> texts,
                                       Map<String, Segment> segments, int index) {
        Unit unit = translation.units().get(index);
        String source = unit.sourceText(texts::get);
        if (!unit.hasTarget() || !unit.status().atLeast(Status.TRANSLATED) || source.isBlank()
                || unit.sourceChanged(SourceHash.of(source))) {
            return Optional.empty();
        }
        boolean unverified = AlignedUnits.ALIGNER.equals(unit.by()) && unit.status() == Status.TRANSLATED;
        Provenance origin = Provenance.document(document.id(), unit.id(), unit.by(), unit.updated(), unit.status(), unverified);
        return Optional.of(new MemoryEntry(key(document.id(), translation.language(), unit.id()),
                group(document.id(), translation.language()), sourceCoded(document, unit, segments), unit.codedTarget(), document.sourceLanguage(),
                translation.language(), origin, neighbour(translation, texts, index - 1), neighbour(translation, texts, index + 1)));
    }

    /** The unit's source with its codes, looked up in {@code segments} (a map of the document's, built once). */
    static CodedText sourceCoded(Document document, Unit unit, Map<String, Segment> segments) {
        return document.sourceCoded(unit, segments::get);
    }

    static String neighbour(Translation translation, Map<String, String> texts, int index) {
        if (index < 0 || index >= translation.units().size()) {
            return null;
        }
        String text = translation.units().get(index).sourceText(texts::get);
        return text.isBlank() ? null : text;
    }

    /**
     * Changes whenever a unit is saved, merged or split or the document is re-imported or
     * re-segmented: the document's part, and the units' hashes combined by XOR, so that a save
     * updates it from the saved unit alone ({@link EditedTranslation}).
     */
    static String stamp(Document document, Translation translation) {
        long units = 0;
        for (Unit unit : translation.units()) {
            units ^= unitHash(unit);
        }
        return stamp(document, translation.units().size(), units);
    }

    static String stamp(Document document, int unitCount, long units) {
        return (document.origin() == null ? "" : document.origin().sha256()) + "|" + document.segments().size() + "|" + unitCount
                + "|" + Long.toHexString(units);
    }

    /** A unit's state as the stamp sees it: id, revision, status and how many sentences it holds. */
    static long unitHash(Unit unit) {
        long hash = 0xcbf29ce484222325L;
        String state = unit.id() + ':' + unit.rev() + ':' + unit.status() + ':' + unit.sources().size();
        for (int i = 0; i < state.length(); i++) {
            hash = (hash ^ state.charAt(i)) * 0x100000001b3L;
        }
        // FNV-1a alone is too regular to be combined by XOR; this finalizer (SplitMix64's) mixes every bit
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }
}
