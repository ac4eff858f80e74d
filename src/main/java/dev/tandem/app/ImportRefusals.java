package dev.tandem.app;

import dev.tandem.exchange.BilingualReader;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.Unit;
import dev.tandem.store.DocumentStore;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Why an article import must not go ahead: the file is a bilingual file, or its id is taken by a
 * document imported from other content. Each refusal carries the facts a user needs to choose.
 */
final class ImportRefusals {

    private final DocumentStore store;
    private final BilingualReader bilingualReader = new BilingualReader();

    ImportRefusals(DocumentStore store) {
        this.store = store;
    }

    /**
     * @throws BilingualFileRefused naming the document whose unit ids the file carries (and the
     *                              language it declares, or the document's only one)
     */
    void refuseBilingual(byte[] content, String fileName) {
        bilingualReader.recognize(content, fileName).ifPresent(file -> {
            String document = null;
            int best = 0;
            for (Document candidate : store.documents()) {
                Set<String> ids = new HashSet<>(candidate.segments().stream().map(Segment::id).toList());
                int named = (int) file.units().stream().filter(unit -> unit.id() != null && ids.contains(unit.id())).count();
                if (named > best) {
                    best = named;
                    document = candidate.id();
                }
            }
            String language = file.targetLanguage();
            if (language == null && document != null && store.languages(document).size() == 1) {
                language = store.languages(document).get(0).tag();
            }
            throw new BilingualFileRefused(fileName, file.format().label().toUpperCase(Locale.ROOT), document, language);
        });
    }

    /** The refusal of an import over {@code existing}: what it holds, and the first free id beside it. */
    DocumentExists documentExists(Document existing) {
        Map<String, Integer> translated = new TreeMap<>();
        for (LanguageTag language : store.languages(existing.id())) {
            int count = (int) store.translation(existing.id(), language).units().stream().filter(Unit::hasTarget).count();
            translated.put(language.tag(), count);
        }
        String freeId = existing.id();
        for (int n = 2; store.document(freeId).isPresent(); n++) {
            freeId = DocumentId.validate(existing.id() + "-" + n);
        }
        return new DocumentExists(existing.id(), existing.title() == null ? existing.id() : existing.title(), translated, freeId);
    }
}
