package dev.tandem.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.TandemException;
import dev.tandem.web.JsonBodies;
import dev.tandem.web.auth.Account;
import dev.tandem.web.auth.Accounts;
import dev.tandem.web.auth.Grant;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The accounts and the segmentation rules of a team are the same on both servers of one database. */
class TeamSettingsTest {

    private static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    final TwoTeamServers team = new TwoTeamServers(true);

    @TempDir
    Path temp;

    private static Accounts accountsOf(TeamServer server) {
        return Accounts.of(server.workbench(), null, JsonBodies.create());
    }

    private static HttpResponse<String> signIn(TeamServer server, String name, String password) {
        return server.post("/api/session", "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}");
    }

    private static String cookie(HttpResponse<String> signedIn) {
        return signedIn.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("tandem_session="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + signedIn.body())).split(";", 2)[0];
    }

    @Test
    void anAccountAddedOnOneServerSignsInOnTheOtherAndANewPasswordCountsOnBoth() {
        assertEquals(401, team.b().get("/api/documents").statusCode(), "sign-in is required");
        accountsOf(team.a()).add("ada", PASSWORD, List.of(Grant.parse("admin")));

        HttpResponse<String> onB = signIn(team.b(), "ada", PASSWORD);
        assertEquals(200, onB.statusCode(), onB.body());
        assertEquals(200, team.b().get("/api/documents", cookie(onB)).statusCode());

        accountsOf(team.b()).setPassword("ada", "another passphrase");
        assertEquals(401, signIn(team.a(), "ada", PASSWORD).statusCode(), "the old password no longer signs in on A");
        assertEquals(200, signIn(team.a(), "ada", "another passphrase").statusCode());
        accountsOf(team.a()).remove("ada");
        assertEquals(401, signIn(team.b(), "ada", "another passphrase").statusCode(), "an account removed on A is gone on B");
    }

    @Test
    void accountsAddedOnBothServersAtOnceAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> adding = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TeamServer server = i % 2 == 0 ? team.a() : team.b();
            String name = "translator" + i;
            adding.add(pool.submit(() -> accountsOf(server).add(name, PASSWORD, List.of(Grant.parse("translator:fr")))));
        }
        for (Future<?> added : adding) {
            added.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<String> names = accountsOf(team.b()).list().stream().map(Account::name).sorted().toList();
        assertEquals(List.of("translator0", "translator1", "translator2", "translator3", "translator4", "translator5", "translator6",
                "translator7"), names);
        TandemException taken = assertThrows(TandemException.class,
                () -> accountsOf(team.a()).add("translator3", PASSWORD, List.of(Grant.parse("admin"))));
        assertTrue(taken.getMessage().contains("already an account named translator3"), taken.getMessage());
    }

    @Test
    void segmentationRulesStoredFromOneServerSplitTheNextImportOnTheOther() throws IOException {
        Path article = temp.resolve("storm.txt");
        Files.writeString(article, "The storm came at night. It broke the dam; the river rose. Nobody was hurt.", StandardCharsets.UTF_8);
        team.a().workbench().documents().importFile(article, LanguageTag.of("en"), "storm");
        assertEquals(3, team.b().workbench().documents().document("storm").segments().size());

        String srx = Files.readString(TestWorkbench.fixture("semicolon-breaks.srx"), StandardCharsets.UTF_8);
        team.a().workbench().team().replaceSegmentationRules(srx);

        assertEquals(List.of("The storm came at night.", "It broke the dam;", "the river rose.", "Nobody was hurt."),
                team.b().workbench().documents().resegment("storm").segments().stream().map(Segment::text).toList());
        assertTrue(team.b().workbench().pipeline().segmentationRules().effectiveSrx().contains("<beforebreak>;</beforebreak>"));
        assertThrows(TandemException.class, () -> team.b().workbench().team().replaceSegmentationRules("<srx>not rules"));
        assertEquals(srx, team.a().workbench().team().segmentationRules().orElseThrow(), "malformed rules change nothing");
    }
}
