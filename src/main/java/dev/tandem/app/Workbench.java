package dev.tandem.app;

import dev.tandem.store.AtomicFileWriter;
import dev.tandem.store.JsonMapperFactory;
import dev.tandem.store.DocumentStore;
import dev.tandem.store.JsonFolderStore;
import dev.tandem.terms.Glossary;
import dev.tandem.store.PostgresDatabase;
import dev.tandem.store.PostgresStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The front door: one service per verb group, wired here and nowhere else. The CLI and the web
 * layer call these services and see only {@code model} records and this package's small result
 * records; no stage type and no JSON library crosses the door.
 *
 * <p>{@link #pipeline()} needs no store; the other services work on the store at the data root.
 */
public final class Workbench {

    private final Pipeline pipeline;
    private final DocumentStore store;
    private final TranslationEvents events = new TranslationEvents();
    private final CoverageReporter coverage;
    private final Documents documents;
    private final SeedImport seedImport;
    private final Translations translations;
    private final TranslationSearch search;
    private final Alignments alignments;
    private final Exchanges exchange;
    private final MemoryService memory;
    private final Glossaries glossaries;
    private final Quality quality;
    private final AutoCloseable remoteChanges;
    private final TeamSettings team;

    /**
     * A workbench whose translation memory keeps its index under {@code dataRoot}; the glossary,
     * the reference memories and the ignored QA findings are kept by the store (in a JSON store,
     * {@code glossary.json}, {@code _memories/} and {@code <doc>/<lang>.qa.json}).
     */
    public Workbench(Pipeline pipeline, DocumentStore store, Path dataRoot, Clock clock) {
        this.pipeline = pipeline;
        this.store = store;
        this.coverage = new CoverageReporter(store, clock);
        this.documents = new Documents(store, pipeline, coverage, events, clock);
        this.seedImport = new SeedImport(documents, pipeline);
        this.translations = new Translations(store, coverage, events, clock);
        this.search = new TranslationSearch(store);
        this.alignments = new Alignments(pipeline, store, coverage, events, clock);
        this.exchange = new Exchanges(store, coverage, events, clock);
        this.memory = new MemoryService(dataRoot, store, clock, events, translations::save);
        this.glossaries = new Glossaries(store.projectFile(DocumentStore.GLOSSARY, Glossary.class), store);
        this.quality = new Quality(store, glossaries, (document, language) ->
                store.translationFile(document, language, DocumentStore.IGNORED_FINDINGS, IgnoredFindings.class), clock, events);
        this.remoteChanges = store.watch(new RemoteChanges(store, events));
        this.team = new TeamSettings(store);
        store.teamFile(DocumentStore.TEAM_SEGMENTATION_RULES).ifPresent(pipeline::followTeamRules);
    }

    /** A workbench over the store at {@code dataRoot} with the default stages. */
    public static Workbench open(Path dataRoot) {
        return open(dataRoot, Clock.systemUTC());
    }

    /** The same, with a given clock (for saves stamped on chosen days). */
    public static Workbench open(Path dataRoot, Clock clock) {
        return open(dataRoot, clock, null);
    }

    /**
     * A workbench whose segmentation follows the SRX file {@code srx}; without one, the project's
     * {@code <dataRoot>/segmentation.srx} when it exists, else the built-in rules.
     */
    public static Workbench open(Path dataRoot, Clock clock, Path srx) {
        return open(dataRoot, clock, srx, Pipeline.Parsing.IN_PROCESS);
    }

    /**
     * The same, with files parsed as {@code parsing} says: a server that takes uploads from others
     * parses them in child processes with their own heap and a hard time limit.
     */
    public static Workbench open(Path dataRoot, Clock clock, Path srx, Pipeline.Parsing parsing) {
        DocumentStore store = new JsonFolderStore(dataRoot, JsonMapperFactory.create(), new AtomicFileWriter(), clock);
        return new Workbench(Pipeline.forProject(dataRoot, srx, parsing), store, dataRoot, clock);
    }

    /**
     * A workbench over a team's store in PostgreSQL, which other servers may share; only the memory's
     * index (derived data) stays under {@code dataRoot}, this server's own: the glossary, reference
     * memories, ignored QA findings, accounts and segmentation rules are in the database with the
     * rest (a {@code dataRoot/segmentation.srx} applies until the team stores rules of its own).
     */
    public static Workbench open(DatabaseLogin database, Path dataRoot, Clock clock, Path srx, Pipeline.Parsing parsing) {
        DocumentStore store = new PostgresStore(PostgresDatabase.open(database.url(), database.user(), database.password()), clock);
        return new Workbench(Pipeline.forProject(dataRoot, srx, parsing), store, dataRoot, clock);
    }

    /** Extract, normalize, segment and align, without the store. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** Import, list, open, re-split and delete documents. */
    /** The seeds imported in the background while the server already answers. */
    public SeedImport seedImport() {
        return seedImport;
    }

    public Documents documents() {
        return documents;
    }

    /**
     * Makes this process the one writer of the store (a server), named by its address in the
     * lock file so that others are told where to go.
     *
     * @throws dev.tandem.model.TandemException when another Tandem process holds the store
     */
    public void claimStore(String url) {
        store.claim(url);
    }

    /** Folds what is pending into the store's files and lets go of it. */
    public void close() {
        try {
            remoteChanges.close();
        } catch (Exception e) {
            // removing a listener does not fail
        }
        memory.close();
        store.close();
        pipeline.close();
    }

    /** Open languages, save, merge, split and restore units. */
    public Translations translations() {
        return translations;
    }

    /** Search in a translation's sources and targets, and the preview of a replacement. */
    public TranslationSearch search() {
        return search;
    }

    /** Align an existing translation to a stored document and correct it bead by bead. */
    public Alignments alignments() {
        return alignments;
    }

    /** Bilingual files out and in. */
    public Exchanges exchange() {
        return exchange;
    }

    /** The glossary: TBX/CSV in and out, terms, and the terms found in a unit. */
    public Glossaries glossaries() {
        return glossaries;
    }

    /** Quality checks of a translation or a unit, and ignored findings. */
    public Quality quality() {
        return quality;
    }

    /** Counts by status, gates, progress per day. */
    public CoverageReporter coverage() {
        return coverage;
    }

    /** Matches, concordance, reference memories, pre-translation, analysis and repetitions. */
    public MemoryService memory() {
        return memory;
    }

    /** The accounts and segmentation rules a team's servers share through their database (none in a JSON store). */
    public TeamSettings team() {
        return team;
    }

    /** Changes to translations as they happen, for live views. */
    public TranslationEvents events() {
        return events;
    }
}
