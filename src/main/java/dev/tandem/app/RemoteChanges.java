package dev.tandem.app;

import dev.tandem.model.LanguageTag;
import dev.tandem.model.Translation;
import dev.tandem.store.ChangeNotice;
import dev.tandem.store.DocumentStore;
import java.util.function.Consumer;

/**
 * Changes made on other servers of a shared store, passed to this server's live views and memory as
 * if they had been made here: a save reaches an editor open on another server, and every server's
 * translation memory sees it.
 */
final class RemoteChanges implements Consumer<ChangeNotice> {

    private final DocumentStore store;
    private final TranslationEvents events;

    RemoteChanges(DocumentStore store, TranslationEvents events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public void accept(ChangeNotice notice) {
        if (notice.aboutReferenceMemories()) {
            events.referenceMemoriesChanged();
        } else if (notice.language() == null) {
            events.documentChanged(notice.document());
            if (store.document(notice.document()).isPresent()) {
                for (LanguageTag language : store.languages(notice.document())) {
                    restructured(notice.document(), language.tag());
                }
            }
        } else if (notice.units() == null) {
            restructured(notice.document(), notice.language());
        } else {
            Translation translation = store.translation(notice.document(), LanguageTag.of(notice.language()));
            for (String unitId : notice.units()) {
                translation.unit(unitId).ifPresent(unit -> events.publish(new TranslationEvents.Change(notice.document(),
                        notice.language(), TranslationEvents.Change.Kind.SAVED, unit, unit.by())));
            }
        }
    }

    private void restructured(String document, String language) {
        events.publish(new TranslationEvents.Change(document, language, TranslationEvents.Change.Kind.RESTRUCTURED, null, null));
    }
}
