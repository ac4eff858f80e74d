package dev.tandem.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * A settings file every server of a team shares through their store (the sign-in accounts, the
 * segmentation rules): its text, a version that moves with every write on any server, so that a
 * server keeps what it parsed until then, and a change that reads and writes it as one step.
 */
public interface SharedText {

    /** The text, when one is stored. */
    Optional<String> read();

    /** Differs from an earlier answer once the text was written since, on whichever server. */
    String version();

    /**
     * Gives {@code change} the text as it is now (empty when none is stored) and stores what it
     * returns, while other servers' changes of the same file wait: none is lost.
     *
     * @return the text stored
     */
    String update(Function<Optional<String>, String> change);
}
