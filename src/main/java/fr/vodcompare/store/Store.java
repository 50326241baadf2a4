package fr.vodcompare.store;

import java.nio.file.Path;

/**
 * The user's store: the database and its repositories, built once by the composition root.
 * Repositories are thread-safe; writes go through the database's single writer thread.
 */
public final class Store implements AutoCloseable {
    private final Database db;
    private final PlatformRepository platforms;
    private final CatalogueRepository catalogue;
    private final FactRepository facts;
    private final OriginalRepository originals;
    private final MetaRepository meta;
    private final TitleQueries titles;
    private final HistoryQueries history;
    private final SnapshotSteps steps;
    private final Top10Repository top10;
    private final WorkRepository works;
    private final ImportCopies importCopies;

    Store(Database db) {
        this.db = db;
        this.platforms = new PlatformRepository(db);
        this.catalogue = new CatalogueRepository(db);
        this.facts = new FactRepository(db);
        this.originals = new OriginalRepository(db);
        this.meta = new MetaRepository(db);
        this.titles = new TitleQueries(db);
        this.history = new HistoryQueries(db);
        this.steps = new SnapshotSteps(db);
        this.top10 = new Top10Repository(db);
        this.works = new WorkRepository(db);
        this.importCopies = new ImportCopies(db);
    }

    /** Opens the store file, creating and migrating it as needed (it may still be empty of data). */
    public static Store open(Path file) throws StoreException {
        return new Store(Database.open(file));
    }

    /** Work done in one write transaction, with the writes an import needs. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(StoreTransaction tx) throws Exception;
    }

    /** Runs {@code work} in one transaction on the writer thread and waits; a failure rolls back everything. */
    public <T> T transaction(TransactionWork<T> work) throws StoreException {
        return db.write(c -> work.run(new StoreTransaction(c)));
    }

    /**
     * As {@link #transaction}, for a platform's first catalogue: holding the store alone when this process allows it,
     * and without SQLite checking, row by row, the references the load makes itself ({@link Database#writeNewRows}).
     */
    public <T> T firstLoadTransaction(TransactionWork<T> work) throws StoreException {
        return db.writeNewRows(c -> work.run(new StoreTransaction(c)));
    }

    public Database database() {
        return db;
    }

    public PlatformRepository platforms() {
        return platforms;
    }

    public CatalogueRepository catalogue() {
        return catalogue;
    }

    public FactRepository facts() {
        return facts;
    }

    public OriginalRepository originals() {
        return originals;
    }

    public TitleQueries titles() {
        return titles;
    }

    /** Catalogue history: snapshots and what each listed. */
    public HistoryQueries history() {
        return history;
    }

    /** What came and went between consecutive snapshots, counted once and kept. */
    public SnapshotSteps steps() {
        return steps;
    }

    /** Netflix's weekly Top 10 lists: the imported files (reads for the analyses: {@link Top10Queries}). */
    public Top10Repository top10() {
        return top10;
    }

    /** Works matched across platforms, and the user's confirmed and split pairs. */
    public WorkRepository works() {
        return works;
    }

    /** The store's record of the copies of the user's imported files kept beside it. */
    public ImportCopies importCopies() {
        return importCopies;
    }

    public MetaRepository meta() {
        return meta;
    }

    @Override
    public void close() {
        db.close();
    }
}
