package dev.tandem.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;

/**
 * One writing process per store folder. The operating system's lock on {@code <root>/.tandem.lock}
 * dies with its process, so a crashed owner never blocks the next one; the file's content only
 * names the holder (pid, URL, start) for the message the others show.
 *
 * <p>A server holds the lock for its lifetime ({@link #hold}); a command line process takes it for
 * each write and lets go after ({@link #acquire}, {@link #release}), so two commands run one after
 * the other, and a command refuses while a server holds the store.
 */
final class StoreLock {

    static final String FILE = ".tandem.lock";
    /** Far past the content, so that on Windows (mandatory locks) others can still read who holds it. */
    private static final long REGION = 1L << 40;
    private static final long WAIT_FOR_COMMAND_MILLIS = 10_000;
    private static final String SERVER = "server";
    private static final String COMMAND = "command";

    /** Who holds a store: written into the lock file, read back by those who are refused. */
    record Holder(long pid, String command, String url, Instant started) {
    }

    private final Path root;
    private final ObjectMapper mapper;
    private final Clock clock;
    private FileChannel channel;
    private FileLock lock;
    private boolean held;
    private int writers;
    private boolean everLocked;

    StoreLock(Path root, ObjectMapper mapper, Clock clock) {
        this.root = root;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Holds the store until {@link #close}, naming this process as its owner; a second call only
     * updates the name (a server knows its URL once it listens).
     *
     * @throws TandemException when another process holds the store
     * @return true the first time the lock is taken by this object (the moment to recover)
     */
    synchronized boolean hold(String url) {
        boolean first = !isLocked() && take(false);
        held = true;
        describe(new Holder(ProcessHandle.current().pid(), SERVER, url, clock.instant()));
        return first;
    }

    /**
     * Takes the lock for one write, waiting a little for another command line process to finish.
     *
     * @return true when the lock was taken for the first time by this object (the moment to recover)
     * @throws TandemException when a server (or a command that does not finish) holds the store
     */
    synchronized boolean acquire() {
        boolean first = false;
        if (!isLocked()) {
            first = take(true);
            describe(new Holder(ProcessHandle.current().pid(), COMMAND, null, clock.instant()));
        }
        writers++;
        return first;
    }

    synchronized void release() {
        writers--;
        if (writers == 0 && !held) {
            unlock();
        }
    }

    synchronized void close() {
        held = false;
        if (writers == 0) {
            unlock();
        }
    }

    /** Whether this process holds the store for its lifetime (a server), not just for one write. */
    synchronized boolean held() {
        return held;
    }

    /** Whether this object may recover the store on open: nobody else holds it now. */
    synchronized boolean tryOnce() {
        if (isLocked()) {
            return false;
        }
        try {
            open();
            lock = tryLock();
            if (lock == null) {
                closeChannel();
                return false;
            }
            everLocked = true;
            return true;
        } catch (IOException e) {
            closeChannel();
            return false;
        }
    }

    /** Lets go of a lock taken by {@link #tryOnce}. */
    synchronized void releaseOnce() {
        if (writers == 0 && !held) {
            unlock();
        }
    }

    private boolean isLocked() {
        return lock != null && lock.isValid();
    }

    private boolean take(boolean waitForCommands) {
        long deadline = System.currentTimeMillis() + WAIT_FOR_COMMAND_MILLIS;
        try {
            open();
            while (true) {
                lock = tryLock();
                if (lock != null) {
                    boolean first = !everLocked;
                    everLocked = true;
                    return first;
                }
                Holder holder = holder();
                boolean server = holder != null && SERVER.equals(holder.command());
                if (!waitForCommands || server || System.currentTimeMillis() > deadline) {
                    closeChannel();
                    throw new TandemException(TandemException.Kind.CONFLICT, refusal(holder));
                }
                Thread.sleep(20);
            }
        } catch (IOException e) {
            closeChannel();
            throw new UncheckedIOException("cannot lock " + root.resolve(FILE), e);
        } catch (InterruptedException e) {
            closeChannel();
            Thread.currentThread().interrupt();
            throw new TandemException(TandemException.Kind.CONFLICT, refusal(holder()));
        }
    }

    private void open() throws IOException {
        if (channel == null || !channel.isOpen()) {
            Files.createDirectories(root);
            channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        }
    }

    private FileLock tryLock() throws IOException {
        try {
            return channel.tryLock(REGION, 1, false);
        } catch (OverlappingFileLockException e) {
            return null; // another store object in this same process holds it
        }
    }

    private void describe(Holder holder) {
        try {
            byte[] content = (mapper.writeValueAsString(holder) + "\n").getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            ByteBuffer buffer = ByteBuffer.wrap(content);
            long position = 0;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root.resolve(FILE), e);
        }
    }

    private Holder holder() {
        try {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.read(buffer, 0);
            return mapper.readValue(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8), Holder.class);
        } catch (IOException | RuntimeException e) {
            return null; // written by an older version, or being written right now
        }
    }

    private String refusal(Holder holder) {
        String store = "the store " + root.toAbsolutePath().normalize();
        if (holder == null) {
            return store + " is in use by another Tandem process; try again when it has finished";
        }
        if (SERVER.equals(holder.command())) {
            String where = holder.url() == null ? "" : " at " + holder.url();
            return store + " is held by the Tandem server" + where + " (pid " + holder.pid()
                    + "); make the change there, or stop that server first";
        }
        return store + " is in use by another Tandem command (pid " + holder.pid() + "); try again when it has finished";
    }

    private void unlock() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // the lock dies with the channel below anyway
        }
        lock = null;
        closeChannel();
    }

    private void closeChannel() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing left to release
        }
        channel = null;
    }
}
