package dev.tandem.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Runs Tandem's extraction of every benchmark page in two separate JVMs and compares the outputs
 * byte for byte (exit 1 when they differ). Run:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.ExtractionDeterminismCheck}
 */
public final class ExtractionDeterminismCheck {

    private ExtractionDeterminismCheck() {
    }

    /** The benchmark's class path, also under Maven's exec plugin (which loads it in a class loader of its own). */
    private static String classPath() throws Exception {
        if (ExtractionDeterminismCheck.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("tandem-determinism");
        List<Path> outputs = new ArrayList<>();
        for (int run = 1; run <= 2; run++) {
            Path output = folder.resolve("run-" + run + ".txt");
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dbench.dump=" + output, "-cp", classPath(), ExtractionBenchmark.class.getName())
                    .inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("run " + run + " failed");
            }
            outputs.add(output);
        }
        byte[] first = Files.readAllBytes(outputs.get(0));
        byte[] second = Files.readAllBytes(outputs.get(1));
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first));
        long pages = new String(first, java.nio.charset.StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("=== ")).count();
        if (java.util.Arrays.equals(first, second)) {
            System.out.printf("identical: %d pages, %d bytes, SHA-256 %s%n", pages, first.length, digest);
        } else {
            System.out.printf("DIFFERENT: see %s and %s%n", outputs.get(0), outputs.get(1));
            System.exit(1);
        }
    }
}
