package dev.tandem.store;

import java.util.List;

/**
 * A change another server made to a store shared with this one (PostgreSQL tells every server of
 * every commit). {@code language} is null when a document was imported or deleted; {@code units}
 * names the units saved in place, and is null when the translation was restructured (merged,
 * split, aligned, imported). {@code document} is null when a reference memory was added or removed.
 */
public record ChangeNotice(String document, String language, List<String> units) {
    public ChangeNotice {
        units = units == null ? null : List.copyOf(units);
    }

    /** A reference memory was added or removed. */
    public boolean aboutReferenceMemories() {
        return document == null;
    }
}
