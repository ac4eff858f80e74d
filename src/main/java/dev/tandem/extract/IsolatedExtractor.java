package dev.tandem.extract;

import dev.tandem.model.Article;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;

/**
 * Extraction for files from people you do not know: each parse runs in a child JVM with its own
 * heap, and a worker that runs past the time limit or out of memory is killed, so nothing inside
 * a parse (a decompression bomb, a pathological PDF, a parser bug) can take the server's memory,
 * threads or time. Idle workers stay warm for the next file; a worker that failed is replaced.
 */
public final class IsolatedExtractor implements Extractor, AutoCloseable {

    /** A worker's heap: a parse needs a few times the file's size; beyond that it is refused. */
    public static final int DEFAULT_HEAP_MEGABYTES = 512;

    private final ExtractionLimits limits;
    private final int heapMegabytes;
    private final Semaphore permits;
    private final BlockingQueue<CompletableFuture<ExtractionWorker>> idle;
    private volatile boolean closed;

    /**
     * @param workers how many files may be parsed at once (each in its own process)
     * @param heapMegabytes each worker's maximum heap
     */
    public IsolatedExtractor(ExtractionLimits limits, int workers, int heapMegabytes) {
        if (workers < 1 || heapMegabytes < 64) {
            throw new IllegalArgumentException("at least one worker of at least 64 MB");
        }
        this.limits = limits;
        this.heapMegabytes = heapMegabytes;
        this.permits = new Semaphore(workers, true);
        this.idle = new ArrayBlockingQueue<>(workers);
        idle.add(startWorker());
    }

    /** Two workers of {@link #DEFAULT_HEAP_MEGABYTES} each. */
    public IsolatedExtractor(ExtractionLimits limits) {
        this(limits, 2, DEFAULT_HEAP_MEGABYTES);
    }

    @Override
    public ExtractionLimits limits() {
        return limits;
    }

    @Override
    public Article extract(InputStream input, String fileName) {
        byte[] content = read(input, fileName);
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TandemException.badInput(fileName + ": parsing was interrupted");
        }
        ExtractionWorker worker = null;
        boolean reusable = false;
        try {
            CompletableFuture<ExtractionWorker> next = idle.poll();
            worker = (next != null ? next : startWorker()).join();
            // The worker was warm before the file was sent: the time limit is the parse's own.
            Article article = worker.extract(fileName, content, limits.timeout().toMillis());
            reusable = true;
            return article;
        } catch (TandemException refusal) {
            reusable = worker.isAlive();
            throw refusal;
        } catch (TimeoutException e) {
            throw ParseFailures.timedOut(fileName, limits);
        } catch (IOException e) {
            throw new TandemException(TandemException.Kind.TOO_LARGE, fileName
                    + ": needs more than " + heapMegabytes + " MB of memory to parse, or broke the parser; refused");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TandemException.badInput(fileName + ": parsing was interrupted");
        } catch (java.util.concurrent.CompletionException e) {
            throw new UncheckedIOException(new IOException("cannot start an extraction worker", e.getCause()));
        } finally {
            release(worker, reusable);
        }
    }

    private void release(ExtractionWorker worker, boolean reusable) {
        try {
            if (closed) {
                if (worker != null) {
                    worker.close();
                }
                return;
            }
            if (worker != null && reusable && worker.isAlive()) {
                idle.offer(CompletableFuture.completedFuture(worker));
            } else {
                if (worker != null) {
                    worker.close();
                }
                // Warm a replacement now rather than at the next upload.
                idle.offer(startWorker());
            }
        } finally {
            permits.release();
        }
    }

    private CompletableFuture<ExtractionWorker> startWorker() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ExtractionWorker.start(limits, heapMegabytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private byte[] read(InputStream input, String fileName) {
        try {
            byte[] content = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (content.length > limits.maxBytes()) {
                throw ParseFailures.tooLarge(fileName, limits);
            }
            if (content.length == 0) {
                throw TandemException.badInput(fileName + ": the file is empty");
            }
            return content;
        } catch (IOException e) {
            throw TandemException.badInput(fileName + ": cannot read the upload (" + e.getMessage() + ")");
        }
    }

    /** Stops every worker. */
    @Override
    public void close() {
        closed = true;
        for (CompletableFuture<ExtractionWorker> worker = idle.poll(); worker != null; worker = idle.poll()) {
            worker.thenAccept(ExtractionWorker::close);
        }
    }
}
