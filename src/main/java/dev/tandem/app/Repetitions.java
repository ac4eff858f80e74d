package dev.tandem.app;

import dev.tandem.model.CodeCarryOver;
import dev.tandem.model.CodedText;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.StaleSaveException;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import dev.tandem.store.DocumentStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sentence that occurs several times, in a document and across the store, is translated once:
 * the other occurrences (same source, whitespace aside) are offered the confirmed translation, and
 * each one taken is a normal save — with history, and refused when someone saved that unit since
 * the offer. Units filled this way say so in their note. The translation's inline codes are carried
 * over onto each occurrence's own ({@link CodeCarryOver}); one whose tags then could not be confirmed
 * (a tag that may not be left out has no counterpart) is filled as a draft.
 */
final class Repetitions {

    private Repetitions() {
    }

    /** The other units of the language with the same source as {@code unitId}. */
    static List<Repetition> of(DocumentStore store, String documentId, LanguageTag language, String unitId) {
        Document document = store.requireDocument(documentId);
        Translation translation = store.translation(documentId, language);
        String source = collapsed(document.sourceText(translation.units().get(MemoryService.indexOf(translation, unitId))));
        List<Repetition> found = new ArrayList<>();
        if (source.isEmpty()) {
            return found;
        }
        for (Document other : store.documents()) {
            if (!other.sourceLanguage().equalsIgnoreCase(document.sourceLanguage())
                    || (!other.id().equals(documentId) && !store.languages(other.id()).contains(language))) {
                continue;
            }
            Map<String, String> texts = other.segmentTexts();
            for (Unit unit : store.translation(other.id(), language).units()) {
                boolean itself = other.id().equals(documentId) && unit.id().equals(unitId);
                if (!itself && source.equals(collapsed(unit.sourceText(texts::get)))) {
                    found.add(PropagationReport.of(other.id(), unit));
                }
            }
        }
        return List.copyOf(found);
    }

    /** Saves the unit's translation into each repetition named, at the revision the caller saw. */
    static PropagationReport propagate(DocumentStore store, Pretranslation.Saver saver, String documentId, LanguageTag language,
                                       String unitId, List<Repetition> targets, String by) {
        Translation translation = store.translation(documentId, language);
        Unit original = translation.units().get(MemoryService.indexOf(translation, unitId));
        CodedText originalSource = store.requireDocument(documentId).sourceCoded(original);
        if (!original.hasTarget()) {
            throw TandemException.badInput("unit " + unitId + " has no translation to give its repetitions");
        }
        List<String> allowed = of(store, documentId, language, unitId).stream().map(r -> r.document() + "/" + r.unit()).toList();
        List<Repetition> saved = new ArrayList<>();
        List<Repetition> conflicts = new ArrayList<>();
        for (Repetition target : targets) {
            if (!allowed.contains(target.document() + "/" + target.unit())) {
                throw TandemException.badInput(target.document() + "/" + target.unit() + " is not a repetition of " + unitId);
            }
            Translation occurrences = store.translation(target.document(), language);
            Unit current = occurrences.units().get(MemoryService.indexOf(occurrences, target.unit()));
            CodedText source = store.requireDocument(target.document()).sourceCoded(current);
            CodedText carried = CodeCarryOver.onto(originalSource, original.codedTarget(), source);
            Status status = carried.problemsAgainst(source).isEmpty() ? original.status() : Status.INITIAL;
            String marker = "repetition of " + documentId + " " + unitId;
            String note = current.note() == null || current.note().isBlank() ? marker : current.note() + "; " + marker;
            try {
                Unit unit = saver.save(target.document(), language,
                        new UnitEdit(target.unit(), target.rev(), carried.text(), status, by, note, carried.codes()));
                saved.add(PropagationReport.of(target.document(), unit));
            } catch (StaleSaveException stale) {
                conflicts.add(PropagationReport.of(target.document(), stale.current()));
            }
        }
        return new PropagationReport(saved, conflicts);
    }

    private static String collapsed(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
