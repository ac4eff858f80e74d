package dev.tandem.store;

import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.Comment;
import dev.tandem.model.Progress;
import dev.tandem.model.Translation;
import java.util.List;

/** Everything a store keeps of one target language: what moves between stores, whole. */
record LanguageContent(Translation translation, List<HistoryLog.Line> history, List<Comment> comments,
                       AlignmentRecord alignment, Progress progress) {
    LanguageContent {
        history = List.copyOf(history);
        comments = List.copyOf(comments);
    }
}
