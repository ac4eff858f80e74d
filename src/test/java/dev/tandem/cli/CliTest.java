package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.TestWorkbench;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

    @TempDir
    Path folder;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static void assertOneLineError(Result result) {
        assertEquals(2, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), "exactly one line on stderr: " + result.err());
        assertTrue(result.err().startsWith("tandem: "), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "import", "extract", "segment", "resegment", "align", "coverage", "export"})
    void everyCommandPrintsHelp(String command) {
        Result result = run(command, "--help");
        assertEquals(0, result.code());
        assertTrue(result.out().contains("Usage: tandem " + command), result.out());
    }

    @Test
    void everyCommandIsFoundByItsOwnName() {
        Main.COMMANDS.forEach((name, command) ->
                assertEquals(name, command.getAnnotation(picocli.CommandLine.Command.class).name(), command.getName()));
        Result help = run("--help");
        Main.COMMANDS.forEach((name, command) -> {
            boolean hidden = command.getAnnotation(picocli.CommandLine.Command.class).hidden();
            assertEquals(!hidden, help.out().contains("  " + name + " "), name + (hidden ? " is not listed" : " is listed"));
        });
        assertTrue(Main.COMMANDS.get("train-start-up").getAnnotation(picocli.CommandLine.Command.class).hidden(),
                "the build's training run is not a user's command");
    }

    @Test
    void importStoresTheSeedAsADocument() {
        Path data = folder.resolve("translations");
        Result result = run("import", TestWorkbench.fixture("seed-article.txt").toString(), "--lang", "en", "--id", "seed",
                "--data", data.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("seed: 15 blocks, 39 segments (en)"), result.out());
        assertTrue(Files.isRegularFile(data.resolve("seed/source.json")));
    }

    @Test
    void importOfAMissingFileIsOneLineAndExitTwo() {
        Result result = run("import", folder.resolve("nope.docx").toString(), "--data", folder.toString());
        assertOneLineError(result);
        assertTrue(result.err().contains("no such file"));
    }

    @Test
    void importWithATraversalIdIsRefused() {
        Result result = run("import", TestWorkbench.fixture("seed-article.txt").toString(), "--lang", "en", "--id", "../evil",
                "--data", folder.toString());
        assertOneLineError(result);
        assertFalse(Files.exists(folder.resolveSibling("evil")));
    }

    @Test
    void extractPrintsBlocksSeparatedByBlankLines() {
        Result result = run("extract", TestWorkbench.fixture("seed-article.txt").toString());
        assertEquals(0, result.code(), result.err());
        String[] blocks = result.out().strip().split("\n\n");
        assertEquals(15, blocks.length);
        assertTrue(blocks[0].startsWith("Kim Jong-Un on a visit to Russia"));
        assertFalse(result.out().contains("Share on"));
    }

    @Test
    void extractJsonHasTypesAndOffsets() throws IOException {
        Result result = run("extract", TestWorkbench.fixture("seed-article.txt").toString(), "--json");
        assertEquals(0, result.code(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals("text/plain", json.get("mediaType").asText());
        assertEquals("title", json.get("blocks").get(0).get("type").asText());
        assertEquals("caption", json.get("blocks").get(1).get("type").asText());
        JsonNode second = json.get("blocks").get(1);
        assertEquals(json.get("blocks").get(0).get("end").asInt() + 2, second.get("start").asInt());
    }

    @Test
    void extractWithoutCaptionsLeavesThePhotoCaptionOut() {
        Result kept = run("extract", TestWorkbench.fixture("seed-article.txt").toString(), "--keep-captions");
        Result dropped = run("extract", TestWorkbench.fixture("seed-article.txt").toString(), "--no-captions");
        assertEquals(0, dropped.code(), dropped.err());
        assertTrue(kept.out().contains("North Korea is increasing its military power"));
        assertFalse(dropped.out().contains("North Korea is increasing its military power"));
        assertTrue(dropped.out().contains("North Korean leader Kim Jong-Un was in a good mood"));
        assertOneLineError(run("extract", TestWorkbench.fixture("seed-article.txt").toString(), "--keep-captions", "--no-captions"));
    }

    @Test
    void extractOfAMissingFileIsOneLineAndExitTwo() {
        assertOneLineError(run("extract", folder.resolve("missing.html").toString()));
    }

    @Test
    void segmentPrintsOneSentencePerLine() throws IOException {
        Path text = folder.resolve("text.txt");
        Files.writeString(text, "Mr. Smith arrived at noon.\nHe left early. Did he?", StandardCharsets.UTF_8);
        Result result = run("segment", text.toString(), "--lang", "en");
        assertEquals(0, result.code(), result.err());
        assertEquals(List.of("Mr. Smith arrived at noon.", "He left early.", "Did he?"), result.lines());
    }

    @Test
    void aLongTextIsSplitIntoExactlyTheSentencesItHasInOnePiece() throws IOException {
        String tricky = "Dr.\n\nSmith came. He said: \"No.\" Then left.\n  \t\n1. First item\n2. Second item\r\n\r\n"
                + "Mr. and Mrs. Jones arrived at 5 p.m. on Jan. 3.\nIt rained...\n\n\n\"Why?\" she asked.\n\n";
        String seed = Files.readString(TestWorkbench.fixture("seed-article.txt"), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        while (text.length() < 3_500_000) {
            text.append(seed).append("\n\n").append(tricky);
        }
        Path file = Files.writeString(folder.resolve("long.txt"), text, StandardCharsets.UTF_8);
        String whole = text.toString();
        List<String> inOnePiece = dev.tandem.app.Pipeline.standard(null).segment(whole, dev.tandem.model.LanguageTag.of("en"))
                .stream().map(span -> span.of(whole).replaceAll("\\s*\\R\\s*", " ")).toList();

        Result result = run("segment", file.toString(), "--lang", "en");

        assertEquals(0, result.code(), result.err());
        List<String> printed = result.lines();
        assertEquals(inOnePiece.size(), printed.size());
        assertEquals(inOnePiece, printed);
    }

    @Test
    void segmentJsonGivesOffsets() throws IOException {
        Path text = folder.resolve("text.txt");
        Files.writeString(text, "One. Two.", StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(run("segment", text.toString(), "--lang", "en", "--json").out());
        assertEquals(5, json.get(1).get("start").asInt());
        assertEquals("Two.", json.get(1).get("text").asText());
    }

    @Test
    void segmentFollowsAnSrxFile() throws IOException {
        Path text = folder.resolve("text.txt");
        Files.writeString(text, "It broke the dam; the river rose.", StandardCharsets.UTF_8);
        Path srx = TestWorkbench.fixture("semicolon-breaks.srx");
        assertEquals(List.of("It broke the dam; the river rose."), run("segment", text.toString(), "--lang", "en").lines());
        Result withRules = run("segment", text.toString(), "--lang", "en", "--srx", srx.toString());
        assertEquals(0, withRules.code(), withRules.err());
        assertEquals(List.of("It broke the dam;", "the river rose."), withRules.lines());
    }

    @Test
    void segmentWithABrokenSrxFileIsOneLineAndExitTwo() throws IOException {
        Path text = folder.resolve("text.txt");
        Files.writeString(text, "One.", StandardCharsets.UTF_8);
        Path srx = folder.resolve("broken.srx");
        Files.writeString(srx, "<srx><body>", StandardCharsets.UTF_8);
        assertOneLineError(run("segment", text.toString(), "--lang", "en", "--srx", srx.toString()));
    }

    @Test
    void resegmentReportsEachDocument() {
        Path data = folder.resolve("translations");
        run("import", TestWorkbench.fixture("seed-article.txt").toString(), "--lang", "en", "--id", "seed", "--data", data.toString());
        Result result = run("resegment", "--data", data.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals(List.of("seed: 39 → 39 segments"), result.lines());
        assertOneLineError(run("resegment", "no-such-doc", "--data", data.toString()));
    }

    @Test
    void segmentWithAnUnknownLanguageIsOneLineAndExitTwo() throws IOException {
        Path text = folder.resolve("text.txt");
        Files.writeString(text, "One.", StandardCharsets.UTF_8);
        Result result = run("segment", text.toString(), "--lang", "12");
        assertOneLineError(result);
        assertTrue(result.err().contains("language"), result.err());
    }

    @Test
    void segmentOfNonUtf8TextIsOneLineAndExitTwo() throws IOException {
        Path text = folder.resolve("latin1.txt");
        Files.write(text, "Café crème.".getBytes(StandardCharsets.ISO_8859_1));
        assertOneLineError(run("segment", text.toString(), "--lang", "fr"));
    }

    @Test
    void serveOnATakenPortIsOneLineAndExitTwo() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Result result = run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data", folder.toString(),
                    "--seeds", Files.createDirectories(folder.resolve("no-seeds")).toString());
            assertOneLineError(result);
            assertTrue(result.err().contains("--port"), result.err());
        }
    }

    @Test
    void unknownOptionIsOneLineAndExitTwo() {
        assertOneLineError(run("serve", "--no-such-option"));
    }
}
