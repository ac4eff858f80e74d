package dev.tandem.team;

import dev.tandem.ScopedExtension;
import dev.tandem.TestWorkbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.store.TestDatabase;

/**
 * Two Tandem servers on one fresh test database, with the seed article imported (through server A)
 * as {@code seed}: {@code @RegisterExtension final TwoTeamServers team = new TwoTeamServers();}.
 */
public final class TwoTeamServers extends ScopedExtension {

    private final boolean signIn;
    private TestDatabase database;
    private TeamServer a;
    private TeamServer b;

    public TwoTeamServers() {
        this(false);
    }

    /** With {@code signIn}, both servers require sign-in with the team's accounts. */
    public TwoTeamServers(boolean signIn) {
        this.signIn = signIn;
    }

    public TestDatabase database() {
        return database;
    }

    public TeamServer a() {
        return a;
    }

    public TeamServer b() {
        return b;
    }

    @Override
    protected void open() {
        database = TestDatabase.create();
        a = new TeamServer(database, signIn);
        b = new TeamServer(database, signIn);
        a.workbench().documents().importFile(TestWorkbench.fixture("seed-article.txt"), LanguageTag.of("en"), "seed");
    }

    @Override
    protected void close() {
        for (TeamServer server : new TeamServer[] {a, b}) {
            try {
                if (server != null) {
                    server.close();
                }
            } catch (RuntimeException e) {
                // the other server and the database are still closed
            }
        }
        a = null;
        b = null;
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
