package dev.tandem.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new one:
 * write a temporary file in the same folder, flush it to disk, then rename it over the target.
 * {@link StoreCommit} uses the two steps apart to change several files at once.
 */
public final class AtomicFileWriter {

    /** The final step, a rename; separate so that a failure between write and rename can be tested. */
    @FunctionalInterface
    public interface Rename {
        void rename(Path from, Path to) throws IOException;
    }

    private final Rename rename;

    public AtomicFileWriter() {
        this(AtomicFileWriter::atomicMove);
    }

    public AtomicFileWriter(Rename rename) {
        this.rename = rename;
    }

    public void write(Path target, byte[] content) throws IOException {
        Path temporary = stage(target, content);
        try {
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Writes the content to a temporary file beside the target, flushed to disk; the caller renames it. */
    Path stage(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    void move(Path temporary, Path target) throws IOException {
        rename.rename(temporary, target);
    }

    private static void atomicMove(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes renames and new files durable; not every platform lets a folder be opened, so best effort. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the rename is still atomic there.
        }
    }
}
