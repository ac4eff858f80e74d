package dev.tandem.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * When a language's journal is folded into its file: once it is long enough that reading it would
 * cost more than rewriting the file once, and when its language has been idle for a moment, so the
 * JSON files a translator commits to git are whole again soon after the last save.
 */
final class JournalFolding {

    private static final int FOLD_AFTER_LINES = 1_000;
    private static final long IDLE_MILLIS = 2_000;

    private final Consumer<String> fold;
    private final Map<String, Integer> lines = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> idle = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timer;

    JournalFolding(Consumer<String> fold) {
        this.fold = fold;
        this.timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "tandem-journal-folding");
            thread.setDaemon(true);
            return thread;
        });
        timer.setKeepAliveTime(IDLE_MILLIS * 2, TimeUnit.MILLISECONDS);
        timer.allowCoreThreadTimeOut(true);
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Counts lines appended to a language's journal; true when it is time to fold it now. */
    boolean appended(String key, int count) {
        if (lines.merge(key, count, Integer::sum) >= FOLD_AFTER_LINES) {
            return true;
        }
        if (!timer.isShutdown()) {
            ScheduledFuture<?> next = timer.schedule(() -> foldQuietly(key), IDLE_MILLIS, TimeUnit.MILLISECONDS);
            ScheduledFuture<?> earlier = idle.put(key, next);
            if (earlier != null) {
                earlier.cancel(false);
            }
        }
        return false;
    }

    void folded(String key) {
        lines.remove(key);
        ScheduledFuture<?> scheduled = idle.remove(key);
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    List<String> pending() {
        return List.copyOf(lines.keySet());
    }

    void stop() {
        timer.shutdownNow();
    }

    private void foldQuietly(String key) {
        try {
            fold.accept(key);
        } catch (RuntimeException e) {
            // the journal stays, read with its file, and is folded on close or on the next open
        }
    }
}
