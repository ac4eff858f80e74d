package dev.tandem.app;

import dev.tandem.model.Document;

/**
 * An imported article and, when its language was detected rather than declared, the note to show
 * ("language not declared; detected pl; use --lang to override"); null otherwise.
 */
public record ArticleImport(Document document, String languageNote) {
}
