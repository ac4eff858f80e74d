package dev.tandem.model;

/**
 * {@code overwrite}: replace targets even where the store holds a newer revision or a different
 * target. {@code by}: the translator recorded on filled units (null: the one the file names).
 */
public record ImportOptions(boolean overwrite, String by) {

    public static ImportOptions defaults() {
        return new ImportOptions(false, null);
    }
}
