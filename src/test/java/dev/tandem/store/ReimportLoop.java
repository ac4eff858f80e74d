package dev.tandem.store;

import dev.tandem.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

/**
 * Run in a forked JVM by {@link StoreCrashTest}: re-imports two versions of a document in turn,
 * for ever, until it is killed. Every rename pauses a little, so that a kill lands in the middle of
 * a multi-file change more often than between two.
 */
public final class ReimportLoop {

    private ReimportLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        AtomicFileWriter slow = new AtomicFileWriter((from, to) -> {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        });
        JsonFolderStore store = new JsonFolderStore(root, JsonMapperFactory.create(), slow, Clock.systemUTC());
        Document[] versions = {StoreCrashTest.version(1), StoreCrashTest.version(0)};
        for (int i = 0; ; i++) {
            store.importDocument(versions[i % 2]);
            if (i == 1) {
                System.out.println("ready"); // warm: the next kill lands among fast, regular commits
                System.out.flush();
            }
        }
    }
}
