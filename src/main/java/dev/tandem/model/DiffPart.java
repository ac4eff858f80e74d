package dev.tandem.model;

/**
 * One piece of the memory's source compared with the current one: the same, deleted (only in the
 * memory), inserted (only in the current source) or changed (memory text replaced by current text).
 * {@code memory} is empty for an insertion, {@code current} for a deletion.
 */
public record DiffPart(Kind kind, String memory, String current) {

    public enum Kind { SAME, DELETED, INSERTED, CHANGED }
}
