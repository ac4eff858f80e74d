package dev.tandem.store;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A small record a store keeps whole, as JSON (the glossary, a translation's ignored QA findings):
 * a file next to the JSON store's own, or a row of the database.
 */
public interface StoredJson<T> {

    Optional<T> read();

    void write(T value);

    /**
     * Reads the value ({@code empty} when none is stored), changes it and writes the result as one
     * step, so that writers on several servers of one database do not lose each other's changes.
     */
    T update(T empty, UnaryOperator<T> change);

    /**
     * Differs from an earlier answer when the value may have changed since, so that a parsed copy
     * can be kept. A JSON folder has one writing process, which knows its own writes: constant there.
     */
    String version();
}
