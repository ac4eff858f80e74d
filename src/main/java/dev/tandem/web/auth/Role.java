package dev.tandem.web.auth;

/** What an account may do: administer everything, or translate or review one language. */
public enum Role {
    /** Imports, deletes and re-splits documents, and does everything the others do, in every language. */
    ADMIN,
    /** Edits a language's units up to "translated": saves, merges, splits, alignments and imports. */
    TRANSLATOR,
    /** Everything a translator does in a language, and marks units "reviewed" or "final". */
    REVIEWER
}
