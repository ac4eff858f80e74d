package dev.tandem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second Java process on the tests' own class path, for what one process cannot show about
 * another: a lock held by someone else, a {@code kill -9} in the middle of a write.
 */
public final class ForkedJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;

    private ForkedJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code mainClass} with the given system properties ({@code -Dname=value}) and arguments. */
    public static ForkedJvm start(Path log, List<String> properties, Class<?> mainClass, String... args) throws IOException {
        return start(log, properties, Map.of(), mainClass, args);
    }

    /** The same, with {@code environment} added to this process's own (a password, as a user exports it). */
    public static ForkedJvm start(Path log, List<String> properties, Map<String, String> environment, Class<?> mainClass,
                                  String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(properties);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ForkedJvm(process);
    }

    /** Reads the process's output until a line matches; fails when the process ends first. */
    public String awaitLine(Predicate<String> wanted) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (wanted.test(line)) {
                return line;
            }
        }
        throw new IllegalStateException("the forked process ended (exit " + exitCode() + ") before printing the line");
    }

    public long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown hook, no finally block runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    private String exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "none yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
