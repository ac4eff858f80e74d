package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.web.JsonBodies;
import dev.tandem.web.auth.Accounts;
import dev.tandem.web.auth.Grant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem user …} and {@code tandem token …}, and {@code serve} beyond loopback without accounts. */
class AccountsCliTest {

    private static final String PASSWORD = "a passphrase long enough";

    @TempDir
    Path data;

    /** The real command in its own JVM, with the password on standard input as a script would give it. */
    private CliTest.Result runWithInput(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path err = data.resolveSibling(data.getFileName() + "-stderr.txt");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command finished");
        String stderr = Files.readString(err);
        Files.delete(err);
        return new CliTest.Result(process.exitValue(), out, stderr);
    }

    private Accounts accounts() {
        return Accounts.in(data, JsonBodies.create());
    }

    @Test
    void userAddReadsThePasswordFromStandardInputAndStoresOnlyAnArgon2Hash() throws Exception {
        CliTest.Result added = runWithInput(PASSWORD + "\n", "user", "add", "ada", "--role", "admin", "--data", data.toString());
        assertEquals(0, added.code(), added.err());
        assertTrue(added.out().startsWith("added ada (admin)"), added.out());
        Path file = data.resolve(".tandem/accounts.json");
        String stored = Files.readString(file);
        assertTrue(stored.contains("$argon2id$"), stored);
        assertFalse(stored.contains(PASSWORD), "the password itself is not stored");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(data.resolve(".tandem/.gitignore")).lines().anyMatch("*"::equals), "never committed");
        assertTrue(accounts().signIn("ada", PASSWORD).isPresent());
        assertTrue(accounts().signIn("ada", PASSWORD + "x").isEmpty());
    }

    @Test
    void aShortPasswordOrAnUnknownRoleIsOneLineOnStderr() {
        CliTest.assertOneLineError(CliTest.run("user", "roles", "nobody", "--role", "admin", "--data", data.toString()));
        CliTest.assertOneLineError(CliTest.run("user", "add", "ana", "--role", "boss", "--data", data.toString()));
        CliTest.assertOneLineError(CliTest.run("user", "add", "ana", "--role", "admin", "--password", "x", "--data", data.toString()));
        assertFalse(Files.exists(data.resolve(".tandem/accounts.json")));
    }

    @Test
    void aTokenIsPrintedOnceAndActsAsItsAccountUntilRevoked() {
        accounts().add("tomas", PASSWORD, List.of(Grant.parse("translator:fr")));
        CliTest.Result created = CliTest.run("token", "create", "tomas", "--label", "nightly", "--data", data.toString());
        assertEquals(0, created.code(), created.err());
        String token = created.out().strip();
        assertTrue(token.startsWith("tdm_"), token);
        assertEquals("tomas", accounts().byToken(token).orElseThrow().name());

        CliTest.Result listed = CliTest.run("token", "list", "--data", data.toString());
        String id = token.substring(4, token.indexOf('_', 4));
        assertTrue(listed.out().startsWith(id + "\ttomas\t"), listed.out());
        assertTrue(listed.out().contains("nightly"));
        assertFalse(listed.out().contains(token.substring(token.indexOf('_', 4) + 1)), "never the secret");
        assertFalse(Files.exists(data.resolve(".tandem/accounts.json")) && readQuietly().contains(token.substring(token.indexOf('_', 4) + 1)));

        assertEquals(0, CliTest.run("token", "revoke", id, "--data", data.toString()).code());
        assertTrue(accounts().byToken(token).isEmpty());
        CliTest.assertOneLineError(CliTest.run("token", "revoke", id, "--data", data.toString()));
    }

    @Test
    void userListShowsRolesAndRemoveDeletes() {
        accounts().add("rita", PASSWORD, List.of(Grant.parse("reviewer:fr"), Grant.parse("translator:de")));
        assertEquals("rita\treviewer:fr,translator:de\t0 token(s)\n", CliTest.run("user", "list", "--data", data.toString()).out());
        assertEquals(0, CliTest.run("user", "remove", "rita", "--data", data.toString()).code());
        assertEquals("", CliTest.run("user", "list", "--data", data.toString()).out());
    }

    @Test
    void serveBeyondLoopbackRefusesToStartWithoutAnAccount() throws Exception {
        Path seeds = Files.createDirectory(data.resolveSibling(data.getFileName() + "-seeds"));
        CliTest.Result refused = CliTest.run("serve", "--host", "0.0.0.0", "--port", "0", "--data", data.toString(),
                "--seeds", seeds.toString());
        CliTest.assertOneLineError(refused);
        assertTrue(refused.err().contains("needs sign-in") && refused.err().contains("tandem user add NAME --role admin"), refused.err());
        CliTest.Result loopback = CliTest.run("serve", "--require-sign-in", "--port", "0", "--data", data.toString(),
                "--seeds", seeds.toString());
        CliTest.assertOneLineError(loopback);
        Files.delete(seeds);
    }

    private String readQuietly() {
        try {
            return Files.readString(data.resolve(".tandem/accounts.json"));
        } catch (IOException e) {
            return "";
        }
    }
}
