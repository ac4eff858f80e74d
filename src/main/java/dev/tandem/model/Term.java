package dev.tandem.model;

import java.util.Objects;

/**
 * One glossary entry for a language pair: a source term and one translation of it, with the
 * translation's status. {@code concept} groups the entries of one TBX concept (synonyms and
 * forbidden variants share it); {@code document} is null for a store-wide term, or the id of the
 * only document it applies to.
 */
public record Term(String id, String concept, String sourceLanguage, String targetLanguage, String source, String target,
                   String partOfSpeech, String note, TermStatus status, String document) {
    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        source = Objects.requireNonNull(source, "source").strip();
        target = target == null ? "" : target.strip();
        concept = concept == null || concept.isBlank() ? id : concept;
        status = status == null ? TermStatus.ADMITTED : status;
        partOfSpeech = blankToNull(partOfSpeech);
        note = blankToNull(note);
        document = blankToNull(document);
    }

    /** True when the term applies to the pair (primary subtags compared: an en-GB glossary serves en). */
    public boolean serves(String from, String to, String documentId) {
        return sameLanguage(sourceLanguage, from) && sameLanguage(targetLanguage, to)
                && (document == null || document.equals(documentId));
    }

    public Term withId(String newId) {
        return new Term(newId, concept.equals(id) ? newId : concept, sourceLanguage, targetLanguage, source, target,
                partOfSpeech, note, status, document);
    }

    public static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }

    public static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
