package dev.tandem.model;

/**
 * {@code overwrite}: replace targets even where the store holds a newer revision or a different
 * target. {@code by}: the translator recorded on filled units (null: the one the file names).
 * {@code plainText}: import targets whose inline codes cannot be placed on our source as plain text
 * (without codes) instead of refusing the file.
 */
public record ImportOptions(boolean overwrite, String by, boolean plainText) {

    public ImportOptions(boolean overwrite, String by) {
        this(overwrite, by, false);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, null);
    }
}
