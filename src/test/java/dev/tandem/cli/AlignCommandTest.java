package dev.tandem.cli;

import static dev.tandem.cli.CliTest.assertOneLineError;
import static dev.tandem.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.TestWorkbench;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {

    @TempDir
    Path folder;

    private Path lines(String name, String... sentences) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", sentences) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void presegmentedFilesPrintOneBeadPerLine() throws IOException {
        Path en = lines("en.txt", "The meeting starts at 10 a.m. on Monday.", "Bring the 2023 report.", "Thank you!");
        Path fr = lines("fr.txt", "La réunion commence lundi à 10 h.", "Apportez le rapport 2023.", "Merci !");
        CliTest.Result result = run("align", en.toString(), fr.toString(), "--from", "en", "--to", "fr", "--presegmented");
        assertEquals(0, result.code(), result.err());
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2]:[2]"), result.lines());
    }

    @Test
    void aTargetSentenceWithoutSourceIsPrintedNotDropped() throws IOException {
        Path en = lines("en.txt", "The meeting starts at 10 a.m. on Monday in the large room on the second floor.", "Thank you very much for coming!");
        Path fr = lines("fr.txt", "La réunion commence lundi à 10 h dans la grande salle au deuxième étage.",
                "Note du traducteur : la salle a changé depuis 2021, voir le plan joint en annexe 3 du rapport.",
                "Merci beaucoup d’être venus !");
        CliTest.Result result = run("align", en.toString(), fr.toString(), "--from", "en", "--to", "fr", "--presegmented");
        assertEquals(0, result.code(), result.err());
        List<String> targetSides = result.lines().stream().map(line -> line.substring(line.indexOf(":") + 1)).toList();
        assertEquals("[0][1][2]", String.join("", targetSides).replace(", ", "]["), "every target sentence printed once, in order");
    }

    @Test
    void jsonCarriesTextsAndConfidence() throws IOException {
        Path en = lines("en.txt", "The committee approved the 2024 budget on Tuesday after a long debate.",
                "Will the new rules apply to every member state?");
        Path fr = lines("fr.txt", "Le comité a approuvé mardi le budget 2024 après un long débat.",
                "Les nouvelles règles s’appliqueront-elles à tous les États membres ?");
        JsonNode json = new ObjectMapper().readTree(run("align", en.toString(), fr.toString(), "--from", "en", "--to", "fr",
                "--presegmented", "--json").out());
        assertEquals(2, json.size());
        assertEquals("Les nouvelles règles s’appliqueront-elles à tous les États membres ?", json.get(1).get("targetText").get(0).asText());
        assertTrue(json.get(1).get("confidence").asDouble() > 0);
        assertEquals(1, json.get(1).get("source").get(0).asInt());
    }

    @Test
    void articlesAreExtractedAndSegmentedFirst() {
        CliTest.Result result = run("align", TestWorkbench.fixture("seed-article.txt").toString(),
                TestWorkbench.fixture("seed-article.fr.txt").toString(), "--from", "en", "--to", "fr");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("[0"), result.out());
        assertTrue(result.lines().size() > 30);
    }

    @Test
    void anEmptyFileIsOneLineAndExitTwo() throws IOException {
        Path en = lines("en.txt", "One.");
        Path empty = folder.resolve("empty.txt");
        Files.writeString(empty, "");
        CliTest.Result result = run("align", en.toString(), empty.toString(), "--from", "en", "--to", "fr", "--presegmented");
        assertOneLineError(result);
        assertTrue(result.err().contains("no sentences"), result.err());
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() throws IOException {
        assertOneLineError(run("align", lines("en.txt", "One.").toString(), folder.resolve("none.txt").toString(),
                "--from", "en", "--to", "fr"));
    }
}
