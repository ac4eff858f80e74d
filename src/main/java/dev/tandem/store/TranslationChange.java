package dev.tandem.store;

import dev.tandem.model.Changed;
import dev.tandem.model.Document;
import dev.tandem.model.Translation;

/** A change to one translation, given the document and the translation as they are when it is applied. */
@FunctionalInterface
public interface TranslationChange<R> {
    Changed<R> apply(Document document, Translation current);
}
