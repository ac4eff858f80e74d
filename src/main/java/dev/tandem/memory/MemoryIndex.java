package dev.tandem.memory;

import dev.tandem.model.MemoryEntry;
import dev.tandem.model.TandemException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NRTCachingDirectory;

/**
 * The Lucene index of the memory: entries added and replaced a group at a time (one document's
 * language, one TMX file) or one at a time (a saved unit), visible to the next search at once
 * (near-real-time readers), and the stamp of each group's content saved with every commit, so
 * opening the index tells which groups are stale. Thread-safe.
 *
 * <p>Reopening the readers to see a change (flushing it as a small segment, applying its deletes,
 * opening that segment) costs a few milliseconds at a million entries — a third of the lookup
 * that used to pay it right after a save. A single-unit change ({@link #put}, {@link #remove}: a
 * save) now starts that reopen at once on a background thread, so it runs while the save's answer
 * goes back and the editor moves on; a lookup that comes before it has finished waits for it
 * (never a stale searcher), and one that comes after pays nothing. Group changes (an import, the
 * index brought up to date) leave the reopen to the next lookup, so bulk writes stay in large segments.
 */
final class MemoryIndex implements Closeable {

    private static final String STAMP = "stamp/";
    private static final String FORMAT = "format";
    /** Raised when the layout of {@link IndexFields} changes (3: inline codes): an index of another format is rebuilt. */
    private static final String CURRENT_FORMAT = "3";
    private static final double NRT_CACHED_SEGMENT_MB = 4;
    private static final double NRT_CACHE_MB = 32;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, String> stamps = new ConcurrentHashMap<>();
    private final Object commitLock = new Object();
    /**
     * Counts the changes written, and how many of them the searchers see: a search finding the
     * searchers behind reopens them first, or waits for the search already reopening them (a flag
     * cleared before the reopen finished let a second search take the old searchers meanwhile).
     */
    private final AtomicLong written = new AtomicLong();
    private volatile long visible;
    private final Object refreshLock = new Object();
    /** One daemon thread at most, gone when idle: reopens the readers after a save. */
    private final ThreadPoolExecutor reopener = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "tandem-memory-reopen");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean reopenQueued = new AtomicBoolean();

    private MemoryIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens (or creates) the index in {@code folder}; an index of an older format is emptied, since
     * it is derived data.
     *
     * @throws TandemException when another process holds the index
     */
    static MemoryIndex open(Path folder) {
        try {
            // Segments flushed to make a save visible stay in RAM until a commit or merge writes them:
            // the next lookup's reopen then writes and reads no files.
            Directory directory = new NRTCachingDirectory(FSDirectory.open(folder), NRT_CACHED_SEGMENT_MB, NRT_CACHE_MB);
            Map<String, String> committed = new HashMap<>();
            IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.forIndex());
            config.setRAMBufferSizeMB(64);
            config.setCommitOnClose(true);
            if (DirectoryReader.indexExists(directory)) {
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    committed.putAll(reader.getIndexCommit().getUserData());
                } catch (IOException | RuntimeException unreadable) {
                    committed.clear();
                }
            }
            boolean usable = CURRENT_FORMAT.equals(committed.get(FORMAT));
            config.setOpenMode(usable ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
            MemoryIndex index = new MemoryIndex(directory, new IndexWriter(directory, config));
            if (usable) {
                committed.forEach((key, value) -> {
                    if (key.startsWith(STAMP)) {
                        index.stamps.put(key.substring(STAMP.length()), value);
                    }
                });
            }
            return index;
        } catch (LockObtainFailedException e) {
            throw new TandemException(TandemException.Kind.CONFLICT,
                    "the translation memory index in " + folder + " is in use by another Tandem process");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stamp each group had when it was last written, as of the last commit and since. */
    Map<String, String> stamps() {
        return Map.copyOf(stamps);
    }

    /** Replaces every entry of a group. */
    void replaceGroup(String group, String stamp, Collection<IndexedEntry> entries) {
        try {
            writer.deleteDocuments(new Term(IndexFields.GROUP, group));
            for (IndexedEntry entry : entries) {
                writer.addDocument(IndexFields.toDocument(entry.entry(), entry.keys()));
            }
            stamps.put(group, stamp);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void removeGroup(String group) {
        try {
            writer.deleteDocuments(new Term(IndexFields.GROUP, group));
            stamps.remove(group);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces one entry of a group whose stamp becomes {@code stamp}. */
    void put(IndexedEntry entry, String stamp) {
        try {
            writer.updateDocument(new Term(IndexFields.KEY, entry.entry().key()), IndexFields.toDocument(entry.entry(), entry.keys()));
            stamps.put(entry.entry().group(), stamp);
            written.incrementAndGet();
            reopenSoon();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(String key, String group, String stamp) {
        try {
            writer.deleteDocuments(new Term(IndexFields.KEY, key));
            stamps.put(group, stamp);
            written.incrementAndGet();
            reopenSoon();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts reopening the readers in the background, unless a reopen is already waiting to start. */
    private void reopenSoon() {
        if (reopenQueued.compareAndSet(false, true)) {
            try {
                reopener.execute(() -> {
                    reopenQueued.set(false); // a change from now on queues the next reopen
                    try {
                        refresh();
                    } catch (AlreadyClosedException | UncheckedIOException e) {
                        // closed meanwhile, or failing: the next lookup reopens by itself and says why
                    }
                });
            } catch (RejectedExecutionException closing) {
                reopenQueued.set(false);
            }
        }
    }

    /** Makes every change so far visible to searches. */
    void refresh() {
        synchronized (refreshLock) {
            long upTo = written.get();
            if (visible >= upTo) {
                return;
            }
            try {
                searchers.maybeRefreshBlocking();
                visible = upTo;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes the changes and the groups' stamps to disk. */
    void commit() {
        synchronized (commitLock) {
            try {
                Map<String, String> data = new HashMap<>();
                data.put(FORMAT, CURRENT_FORMAT);
                stamps.forEach((group, stamp) -> data.put(STAMP + group, stamp));
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether the searchers already see every change (no lookup would have to reopen them first). */
    boolean seesEveryChange() {
        return visible >= written.get();
    }

    /** A searcher that sees every change made so far (reopened first when something changed). */
    IndexSearcher acquire() {
        if (visible < written.get()) {
            refresh();
        }
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes on disk: the files of the last commit and any written since. */
    long sizeOnDisk() {
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                try {
                    total += directory.fileLength(file);
                } catch (IOException gone) {
                    // merged away while listing
                }
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        reopener.shutdown();
        try {
            if (!reopener.awaitTermination(10, TimeUnit.SECONDS)) {
                reopener.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An entry with its match keys, as {@link MatchTokenizer} cut them. */
    record IndexedEntry(MemoryEntry entry, List<String> keys) {
    }
}
