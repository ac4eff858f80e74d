package dev.tandem.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Leaves {@code codes} out of the store's files when a text has none, so stores written before
 * inline codes existed read and write back byte for byte, and a text without codes diffs as before.
 * Applied as a Jackson mix-in to every stored record with a {@code codes} component.
 */
abstract class StoredCodes {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<?> codes();
}
