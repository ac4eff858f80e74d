package dev.tandem.app;

import dev.tandem.model.TandemException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An article import whose id is taken by a document imported from other content. Replacing it
 * silently would put its translations on unrelated sentences, so the import is refused with what
 * the existing document holds and the two ways on: replace it (a new version of the same article)
 * or import under another id. {@code translated}: units with a target, by target language.
 */
public final class DocumentExists extends TandemException {

    private final String id;
    private final String title;
    private final Map<String, Integer> translated;
    private final String freeId;

    DocumentExists(String id, String title, Map<String, Integer> translated, String freeId) {
        super(Kind.CONFLICT, facts(id, title, new TreeMap<>(translated))
                + "; use --replace to import this file as its new version, or --id to import it as another document");
        this.id = id;
        this.title = title;
        this.translated = Collections.unmodifiableMap(new TreeMap<>(translated));
        this.freeId = freeId;
    }

    /** The same facts with the page's two choices. */
    public String page() {
        return facts(id, title, translated) + "; choose “Replace” to import this file as its new version,"
                + " or import it as a new document (" + freeId + ")";
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Map<String, Integer> translated() {
        return translated;
    }

    /** The first id like {@code <id>-2} that no document has. */
    public String freeId() {
        return freeId;
    }

    static String facts(String id, String title, Map<String, Integer> translated) {
        String units = translated.isEmpty() ? "no translations yet" : translated.entrySet().stream()
                .map(entry -> entry.getValue() + (entry.getValue() == 1 ? " unit" : " units") + " translated into " + entry.getKey())
                .collect(Collectors.joining(", "));
        return id + " exists: '" + title + "', " + units;
    }
}
