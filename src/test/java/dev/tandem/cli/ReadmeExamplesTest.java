package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.app.Workbench;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README runs as written: every {@code java -jar target/tandem.jar …} line of its code blocks
 * runs, in order, through the CLI's entry point against a temporary store that holds what the
 * README's first command ({@code serve}) puts there, the seeds. File names in the examples are
 * resolved in a temporary working folder; the README's SRX example is its project.srx and its CSV
 * example its terms.csv. A gate ({@code --min}, {@code --fail-on}) may exit 1.
 */
class ReadmeExamplesTest {

    /** {@code java -jar target/tandem.jar }, with or without JVM options such as the class-data archive. */
    private static final Pattern JAR = Pattern.compile("java (?:-\\S+ )*-jar target/tandem\\.jar ");
    private static final Pattern CODE_BLOCK = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```");

    @TempDir
    Path work;

    @Test
    void everyCommandLineExampleRunsAgainstAFreshStore() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> commands = new ArrayList<>();
        Matcher block = CODE_BLOCK.matcher(readme);
        while (block.find()) {
            if (block.group(1).equals("xml") && block.group(2).contains("<srx")) {
                Files.writeString(work.resolve("project.srx"), block.group(2), StandardCharsets.UTF_8);
            }
            if (block.group(1).equals("csv")) {
                Files.writeString(work.resolve("terms.csv"), block.group(2), StandardCharsets.UTF_8);
            }
            for (String line : block.group(2).split("\n")) {
                Matcher jar = JAR.matcher(line);
                if (jar.find()) {
                    commands.add(line.substring(jar.end()).replaceFirst("\\s+#.*$", "").strip());
                }
            }
        }
        assertTrue(commands.size() >= 10, "examples found: " + commands);
        assertEquals("serve", commands.get(0), "the README starts with serve");
        Path data = work.resolve("translations");
        copySeeds(work.resolve("seeds"));
        Workbench workbench = Workbench.open(data);
        workbench.documents().importSeeds(work.resolve("seeds")); // what serve does first
        workbench.close();

        for (String command : commands.subList(1, commands.size())) {
            assertFalse(command.contains("\"") || command.contains("'") || command.contains("["),
                    "examples are runnable as typed, without quoting or optional parts: " + command);
            run(command, data);
        }
    }

    private void run(String command, Path data) throws IOException {
        String[] redirect = command.split("\\s+>\\s+");
        List<String> args = new ArrayList<>();
        for (String word : redirect[0].split("\\s+")) {
            args.add(!word.startsWith("-") && (word.contains(".") || word.contains("/")) ? work.resolve(word).toString() : word);
        }
        if (!List.of("extract", "align").contains(args.get(0))) {
            args.addAll(List.of("--data", data.toString()));
        }
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        boolean gate = command.contains("--min") || command.contains("--fail-on");
        int expected = gate && result.code() == 1 ? 1 : 0;
        assertEquals(expected, result.code(), command + "\n" + result.err());
        assertFalse(result.err().contains("internal error"), command + "\n" + result.err());
        if (redirect.length > 1) {
            Files.writeString(work.resolve(redirect[1].strip()), result.out(), StandardCharsets.UTF_8);
        }
    }

    private static void copySeeds(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(Files::isRegularFile).toList()) {
                Files.copy(seed, target.resolve(seed.getFileName()));
            }
        }
    }
}
