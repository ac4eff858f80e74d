package dev.tandem.app;

import dev.tandem.model.CodedText;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.SearchOptions;
import dev.tandem.model.TextSpan;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.normalize.TextSearch;
import dev.tandem.store.DocumentStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Search over one translation, in its sources, its targets or both (see {@link TextSearch} for what
 * matches), and the preview of a replacement in the targets. Replacing itself is a normal save of
 * each unit, made by the translator's editor, so it has history and conflicts like any edit.
 */
public final class TranslationSearch {

    /** Where to look. */
    public enum Scope { SOURCE, TARGET, BOTH }

    /**
     * One unit with matches: where they are and, when a replacement was given, the target after it
     * with its inline codes moved along ({@code replacedCodes}).
     */
    public record Hit(String unit, long rev, List<TextSpan> source, List<TextSpan> target, String replaced,
                      List<InlineCode> replacedCodes) {
        public Hit {
            source = List.copyOf(source);
            target = List.copyOf(target);
            replacedCodes = replacedCodes == null ? List.of() : List.copyOf(replacedCodes);
        }
    }

    private final DocumentStore store;

    TranslationSearch(DocumentStore store) {
        this.store = store;
    }

    /** @param replacement null for a search alone; else each hit in a target says what it would become */
    public List<Hit> search(String id, LanguageTag language, String query, SearchOptions options, Scope scope,
                            String replacement) {
        String documentId = DocumentId.validate(id);
        Document document = store.requireDocument(documentId);
        document.requireTarget(language);
        Translation translation = store.translation(documentId, language);
        TextSearch inSource = new TextSearch(query, options, document.sourceLanguage());
        TextSearch inTarget = new TextSearch(query, options, language.tag());
        var texts = document.segmentTexts();
        List<Hit> hits = new ArrayList<>();
        for (Unit unit : translation.units()) {
            List<TextSpan> source = scope == Scope.TARGET ? List.of() : inSource.find(unit.sourceText(texts::get));
            List<TextSpan> target = scope == Scope.SOURCE && replacement == null ? List.of() : inTarget.find(unit.target());
            if (replacement != null && target.isEmpty()) {
                continue;
            }
            if (source.isEmpty() && target.isEmpty()) {
                continue;
            }
            CodedText replaced = replacement == null ? null : inTarget.replace(unit.codedTarget(), replacement);
            hits.add(new Hit(unit.id(), unit.rev(), source, target, replaced == null ? null : replaced.text(),
                    replaced == null ? List.of() : replaced.codes()));
        }
        return List.copyOf(hits);
    }
}
