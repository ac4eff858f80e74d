package dev.tandem.store;

import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.Comment;
import dev.tandem.model.Progress;
import dev.tandem.model.Translation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything a store keeps of one target language: what moves between stores, whole. */
record LanguageContent(Translation translation, List<HistoryLog.Line> history, List<Comment> comments,
                       AlignmentRecord alignment, Progress progress, Map<String, String> files) {
    /** {@code files}: the text of each of {@link DocumentStore#TRANSLATION_FILES} stored, by name. */
    LanguageContent {
        history = List.copyOf(history);
        comments = List.copyOf(comments);
        files = files == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
