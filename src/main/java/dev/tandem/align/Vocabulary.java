package dev.tandem.align;

import java.util.HashMap;
import java.util.Map;

/** Interns strings as dense ints, in first-seen order, so equal inputs give equal ids. */
final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();

    int id(String text) {
        Integer id = ids.get(text);
        if (id == null) {
            id = ids.size();
            ids.put(text, id);
        }
        return id;
    }

    int size() {
        return ids.size();
    }
}
