package dev.tandem.web.auth;

import dev.tandem.web.JsonBodies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * {@code <data>/.tandem/accounts.json}: written atomically (a temporary file in the same folder,
 * flushed to disk, renamed over the old one), readable by its owner only where the file system
 * knows permissions, and kept out of git by a {@code .gitignore} beside it.
 */
final class AccountFile implements AccountStorage {

    /** The file's content. */
    record Content(List<Account> accounts) {
        Content {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }
    }

    private final Path file;
    private final JsonBodies json;

    AccountFile(Path file, JsonBodies json) {
        this.file = file;
        this.json = json;
    }

    Path path() {
        return file;
    }

    /** A stamp that changes when the file does, so a server notices accounts the CLI added. */
    @Override
    public String stamp() {
        try {
            if (!Files.exists(file)) {
                return "absent";
            }
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Content read() {
        if (!Files.exists(file)) {
            return new Content(List.of());
        }
        try {
            return json.read(Files.readAllBytes(file), Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The caller ({@link Accounts}) takes turns with this process's other changes; the CLI's are seen by their stamp. */
    @Override
    public Content update(java.util.function.UnaryOperator<Content> change) {
        Content changed = change.apply(read());
        write(changed);
        return changed;
    }

    @Override
    public String where() {
        return file.toString();
    }

    void write(Content content) {
        try {
            Path folder = file.getParent();
            Files.createDirectories(folder);
            Path ignore = folder.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "# Accounts and other per-machine state: never committed.\n*\n", StandardCharsets.UTF_8);
            }
            Path temporary = Files.createTempFile(folder, ".accounts", ".tmp");
            try {
                ownerOnly(temporary);
                byte[] bytes = (json.pretty(content) + "\n").getBytes(StandardCharsets.UTF_8);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    channel.write(java.nio.ByteBuffer.wrap(bytes));
                    channel.force(true);
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
