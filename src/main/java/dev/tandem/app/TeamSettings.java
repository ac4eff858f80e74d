package dev.tandem.app;

import dev.tandem.model.SegmentationRules;
import dev.tandem.model.SharedText;
import dev.tandem.model.TandemException;
import dev.tandem.segment.SrxReader;
import dev.tandem.store.DocumentStore;
import dev.tandem.store.PostgresDatabase;
import dev.tandem.store.PostgresStore;
import java.time.Clock;
import java.util.Optional;

/**
 * What every server of a team shares besides the translations, kept in their database: the
 * sign-in accounts (so an account added on one server signs in on all) and the project's
 * segmentation rules (so rules stored from one server split the next import on all). A store one
 * process owns has none: its accounts and rules stay in its data folder.
 */
public final class TeamSettings implements AutoCloseable {

    private final DocumentStore store;
    private final boolean owned;

    TeamSettings(DocumentStore store) {
        this(store, false);
    }

    private TeamSettings(DocumentStore store, boolean owned) {
        this.store = store;
        this.owned = owned;
    }

    /** The team settings of a database, for the command line (closing them lets go of the database). */
    public static TeamSettings open(DatabaseLogin database) {
        return new TeamSettings(new PostgresStore(PostgresDatabase.open(database.url(), database.user(), database.password()),
                Clock.systemUTC()), true);
    }

    /** The accounts file the servers share ({@code accounts.json}'s content); empty when each server keeps its own. */
    public Optional<SharedText> accounts() {
        return store.teamFile(DocumentStore.TEAM_ACCOUNTS);
    }

    /** The segmentation rules the team shares, as SRX 2.0; empty when none are stored. */
    public Optional<String> segmentationRules() {
        return store.teamFile(DocumentStore.TEAM_SEGMENTATION_RULES).flatMap(SharedText::read);
    }

    /**
     * Stores SRX 2.0 rules as the team's, after checking that they read (a malformed file is
     * refused and nothing changes); every server splits its next import or re-split with them.
     */
    public SegmentationRules replaceSegmentationRules(String srx) {
        SharedText file = store.teamFile(DocumentStore.TEAM_SEGMENTATION_RULES).orElseThrow(() -> TandemException.badInput(
                "only a team's database shares segmentation rules; this project's are DATA/" + Pipeline.PROJECT_RULES));
        SegmentationRules rules = new SrxReader().parse(srx);
        file.update(before -> srx);
        return rules;
    }

    @Override
    public void close() {
        if (owned) {
            store.close();
        }
    }
}
