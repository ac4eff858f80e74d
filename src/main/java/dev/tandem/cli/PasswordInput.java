package dev.tandem.cli;

import dev.tandem.model.TandemException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A password typed at the console (twice, not echoed) or, for scripts, the first line of standard
 * input; never an argument, which would end up in the shell's history and in {@code ps}.
 */
final class PasswordInput {

    private final Console console;
    private final InputStream stdin;

    PasswordInput(Console console, InputStream stdin) {
        this.console = console;
        this.stdin = stdin;
    }

    static PasswordInput system() {
        return new PasswordInput(System.console(), System.in);
    }

    String read(String name) {
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("Same password again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw TandemException.badInput("the two passwords differ; nothing changed");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw TandemException.badInput("no password: type it at the console, or give it as the first line of standard input");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
