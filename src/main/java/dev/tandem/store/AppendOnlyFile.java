package dev.tandem.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A file of JSON lines that only grows: each append is one write and one fsync, so its cost does
 * not depend on the file's size. A crash can tear the last line; the next append ends it first,
 * so it stays one unreadable line that readers skip, never glued to a good one.
 */
final class AppendOnlyFile {

    private AppendOnlyFile() {
    }

    static void append(Path file, byte[] content) throws IOException {
        long end;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            end = channel.size();
            ByteBuffer buffer;
            if (end > 0 && !endsWithNewline(channel, end)) {
                buffer = ByteBuffer.allocate(content.length + 1).put((byte) '\n').put(content).flip();
            } else {
                buffer = ByteBuffer.wrap(content);
            }
            long position = end;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(false);
        }
        if (end == 0) {
            AtomicFileWriter.syncFolder(file.toAbsolutePath().getParent());
        }
    }

    /** The file's lines; none when there is no file. */
    static List<String> lines(Path file) throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }
}
