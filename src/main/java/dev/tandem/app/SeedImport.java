package dev.tandem.app;

import java.nio.file.Path;

/**
 * Importing the seeds after the server listens, so the first page answers at once: the seeds are
 * imported on a background thread, then the extractor is loaded so the first upload does not wait
 * for Tika. The page asks {@link #progress()} and shows it.
 */
public final class SeedImport {

    private static final System.Logger LOG = System.getLogger(SeedImport.class.getName());

    /** How far it got: {@code running} until every seed was looked at; {@code failure} the message when one could not be imported. */
    public record Progress(boolean running, int imported, String failure) {
    }

    private final Documents documents;
    private final Pipeline pipeline;
    private volatile Progress progress = new Progress(false, 0, null);

    SeedImport(Documents documents, Pipeline pipeline) {
        this.documents = documents;
        this.pipeline = pipeline;
    }

    public Progress progress() {
        return progress;
    }

    /** Starts importing the new or changed files of {@code seeds}; returns at once. */
    public void start(Path seeds) {
        progress = new Progress(true, 0, null);
        Thread thread = new Thread(() -> run(seeds), "tandem-seed-import");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Path seeds) {
        try {
            progress = new Progress(false, documents.importSeeds(seeds).size(), null);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "seeds in " + seeds + " not imported: " + e.getMessage());
            progress = new Progress(false, 0, e.getMessage());
        }
        try {
            pipeline.warmUp();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the extractor could not be loaded ahead: " + e.getMessage());
        }
    }
}
