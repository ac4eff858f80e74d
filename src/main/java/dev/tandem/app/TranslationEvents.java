package dev.tandem.app;

import dev.tandem.model.Unit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells whoever listens to a (document, language) that its units changed, so open editors can show
 * other translators' saves without a reload. Listeners run on the saving thread and must be quick.
 */
public final class TranslationEvents {

    /** What changed: one unit was saved ({@code unit} set), or units were merged or split ({@code unit} null). */
    public record Change(String document, String language, Kind kind, Unit unit, String by) {
        public enum Kind { SAVED, RESTRUCTURED }
    }

    private final Map<String, List<Consumer<Change>>> listeners = new ConcurrentHashMap<>();
    private final List<Consumer<Change>> everything = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> documentListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> referenceListeners = new CopyOnWriteArrayList<>();

    /** Registers a listener; closing the returned handle removes it. */
    public AutoCloseable subscribe(String document, String language, Consumer<Change> listener) {
        List<Consumer<Change>> forKey = listeners.computeIfAbsent(key(document, language), k -> new CopyOnWriteArrayList<>());
        forKey.add(listener);
        return () -> forKey.remove(listener);
    }

    /** Registers a listener for every document and language (the translation memory keeps current this way). */
    void subscribeAll(Consumer<Change> listener) {
        everything.add(listener);
    }

    /** Registers a listener told the id of a document imported again, re-segmented or deleted. */
    void subscribeDocuments(Consumer<String> listener) {
        documentListeners.add(listener);
    }

    void documentChanged(String documentId) {
        documentListeners.forEach(listener -> listener.accept(documentId));
    }

    /** Registers a listener told that another server added or removed a reference memory. */
    void subscribeReferenceMemories(Runnable listener) {
        referenceListeners.add(listener);
    }

    void referenceMemoriesChanged() {
        referenceListeners.forEach(Runnable::run);
    }

    void publish(Change change) {
        // The memory first, so an editor told of a save finds it among the matches.
        everything.forEach(listener -> listener.accept(change));
        for (Consumer<Change> listener : listeners.getOrDefault(key(change.document(), change.language()), List.of())) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // A listener whose client went away must not fail the save that triggered it.
            }
        }
    }

    private static String key(String document, String language) {
        return document + "/" + language;
    }
}
