package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command against ordinary mistakes: exit 2, one line on stderr naming the actual problem,
 * never a stack trace or an "internal error". {@code {dir}} in a row is this test's temporary folder.
 */
class BadInputTableTest {

    @TempDir
    Path folder;

    private Path data;

    @BeforeEach
    void store() throws IOException {
        data = folder.resolve("translations");
        TestWorkbench.withSeed(data).close();
        Files.writeString(folder.resolve("a-file"), "not a folder", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("article.txt"), "A title\n\nOne sentence here.\n", StandardCharsets.UTF_8);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("serve --port 99999", "--port must be from 0 to 65535"),
                Arguments.of("serve --port -1", "--port must be from 0 to 65535"),
                Arguments.of("serve --port abc", "'abc' is not an int"),
                Arguments.of("serve --host 999.1.1.1 --port 0", "--host 999.1.1.1 is not an IP address"),
                Arguments.of("serve --data {dir}/a-file --port 0", "is a file, not a folder"),
                Arguments.of("serve --seeds {dir}/no-seeds --port 0", "no seeds folder"),
                Arguments.of("serve --seeds {dir}/a-file --port 0", "no seeds folder"),
                Arguments.of("import {dir}/missing.docx", "no such file"),
                Arguments.of("import {dir}/article.txt --data {dir}/a-file --lang en", "is a file, not a folder"),
                Arguments.of("import {dir}/article.txt --lang 12x", "12x"),
                Arguments.of("import {dir}/article.txt --id ../evil --lang en", "id"),
                Arguments.of("import {dir} --lang en", "cannot read"),
                Arguments.of("import", "Missing required parameter"),
                Arguments.of("extract {dir}/missing.html", "no such file"),
                Arguments.of("extract {dir}/article.txt --keep-captions --no-captions", ""),
                Arguments.of("segment {dir}/missing.txt --lang en", "no such file"),
                Arguments.of("segment {dir}/article.txt --lang 12x", "12x"),
                Arguments.of("segment {dir}/article.txt", "--lang"),
                Arguments.of("resegment nope", "no document nope"),
                Arguments.of("resegment seed --data {dir}/a-file", "is a file, not a folder"),
                Arguments.of("align {dir}/missing.txt {dir}/article.txt --from en --to fr", "no such file"),
                Arguments.of("align {dir}/article.txt {dir}/article.txt --from en --to 12x", "12x"),
                Arguments.of("coverage nope", "no document nope"),
                Arguments.of("coverage --min abc", "abc"),
                Arguments.of("coverage --min 150", "--min must be a percentage"),
                Arguments.of("coverage --data {dir}/a-file", "is a file, not a folder"),
                Arguments.of("export seed --to fr --format tmx -o {dir}/nonexistent/dir/x.tmx", "does not exist"),
                Arguments.of("export seed --to fr --format tmx -o {dir}", "is a folder"),
                Arguments.of("export seed --to fr --format pdf", "unknown export format"),
                Arguments.of("export seed --to fr --format docx", "name a file with -o"),
                Arguments.of("export nope --to fr --format tmx", "no document nope"),
                Arguments.of("export seed --to en --format tmx", "differ from the source language"),
                Arguments.of("export seed --format tmx", "--to"),
                Arguments.of("frobnicate", "Unmatched argument"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void anOrdinaryMistakeIsOneLineAndExitTwo(String command, String expected) {
        List<String> args = new ArrayList<>();
        for (String word : command.split(" ")) {
            args.add(word.replace("{dir}", folder.toString()));
        }
        if (!command.contains("--data") && !command.equals("frobnicate") && !command.startsWith("extract")
                && !command.startsWith("segment") && !command.startsWith("align")) {
            args.addAll(List.of("--data", data.toString()));
        }

        CliTest.Result result = CliTest.run(args.toArray(String[]::new));

        assertEquals(2, result.code(), command + " → " + result.err());
        assertEquals(1, result.err().lines().count(), "one line: " + result.err());
        assertTrue(result.err().startsWith("tandem: "), result.err());
        assertFalse(result.err().contains("internal error"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
        assertTrue(result.err().contains(expected), command + " → " + result.err());
    }
}
