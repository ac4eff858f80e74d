package dev.tandem.app;

import java.util.List;

/** One line of the documents list: what the document is and which target languages it has. */
public record DocumentSummary(String id, String title, String sourceLanguage, int segments, List<String> languages) {
    public DocumentSummary {
        languages = List.copyOf(languages);
    }
}
