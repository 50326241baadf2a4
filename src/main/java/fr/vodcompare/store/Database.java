package fr.vodcompare.store;

import fr.vodcompare.model.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite file: a single writer thread (SQLite has one writer) and a small pool of read connections.
 * Every write runs in one transaction on the writer thread; a failure rolls it back whole and is reported in
 * plain words ({@link StoreFaults}). A store that cannot be written (a read-only file, folder or mount) opens
 * read-only: reads work, writes say why. A store found damaged (checked on open after an unclean shutdown, or by
 * {@link #check}) refuses every write. Thread-safe.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** How long a connection waits for another program's lock before saying the store is in use. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** Beside the store while a check found it damaged: the next open checks it again before using it. */
    static final String DAMAGED_MARK = ".damaged";

    /** Work done with a connection; may throw SQL or any checked exception. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws Exception;
    }

    /**
     * How to open a store.
     *
     * @param readOnly      open it read-only (the app decides by itself when the file, folder or mount is not writable)
     * @param busyTimeoutMs how long to wait for another program's lock
     */
    record Options(boolean readOnly, int busyTimeoutMs) {
        static final Options DEFAULT = new Options(false, BUSY_TIMEOUT_MS);
    }

    private final Path file;
    private final Options options;
    private final Sentence readOnlyWhy;
    private final ExecutorService writer;
    private final Readers readers = new Readers();
    private Connection writeConnection;
    private volatile String damage;
    /** Whether a write asked to may hold the store alone ({@link #allowWritingAlone}). */
    private volatile boolean aloneAllowed;
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

    private Database(Path file, Options options, Sentence readOnlyWhy) {
        this.file = file;
        this.options = options;
        this.readOnlyWhy = readOnlyWhy;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vodcompare-db-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens (creating if needed) the store file and brings its schema up to the newest migration.
     * Does not load any data: see {@link BundledData}.
     */
    public static Database open(Path file) throws StoreException {
        return open(file, Migrations.latest());
    }

    /** Opens and migrates up to {@code targetVersion} only (tests use this to make old stores). */
    public static Database open(Path file, int targetVersion) throws StoreException {
        return open(file, targetVersion, Options.DEFAULT);
    }

    static Database open(Path file, int targetVersion, Options options) throws StoreException {
        Sentence readOnlyWhy = options.readOnly() ? StoreException.sentence("readOnly.opened") : notWritable(file);
        if (readOnlyWhy == null) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new StoreException("Cannot create the folder of " + file + ": " + e.getMessage(), e);
            }
        }
        // a log, or the journal of a large write killed while it held the store alone (SQLite plays either back); an
        // empty one holds nothing to play back (another program that read the store, such as the sqlite3 shell, or a
        // process ended before it wrote), and a quick check of a large store takes long (22 s at 1,000,000 titles)
        boolean unclean = holdsAnything(companion(file, "-wal")) || holdsAnything(companion(file, "-journal"))
                || Files.exists(companion(file, DAMAGED_MARK));
        Database db = new Database(file, new Options(readOnlyWhy != null, options.busyTimeoutMs()), readOnlyWhy);
        try {
            if (unclean && Files.exists(file)) {
                db.quickCheckOnOpen();
            }
            if (readOnlyWhy == null) {
                db.write(c -> {
                    Migrations.migrate(c, targetVersion);
                    return null;
                });
            } else {
                db.read(c -> {
                    Migrations.checkReadable(c, targetVersion, file);
                    return null;
                });
            }
        } catch (StoreException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Why the store cannot be written (a read-only file, folder or mount), or null when it can. */
    private static Sentence notWritable(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (Files.exists(file) && !Files.isWritable(file)) {
            return StoreException.sentence("readOnly.file");
        }
        if (Files.exists(file) && dir != null && !Files.isWritable(dir)) {
            return StoreException.sentence("readOnly.folder", dir);
        }
        return null;
    }

    private static boolean holdsAnything(Path f) {
        try {
            return Files.size(f) > 0;
        } catch (IOException e) {
            return Files.exists(f); // there, but its size unknown: as if it held something
        }
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** After an unclean shutdown (a -wal or -journal file left, not empty) or a failed check: a damaged store is refused before any use. */
    private void quickCheckOnOpen() throws StoreException {
        List<String> problems = read(c -> problems(c, "PRAGMA quick_check"));
        if (!problems.isEmpty()) {
            damage = String.join("; ", problems.subList(0, Math.min(3, problems.size())));
            throw StoreFaults.damaged(file, StoreException.sentence("damaged.quickCheck", damage), null);
        }
        if (readOnlyWhy == null) {
            try {
                Files.deleteIfExists(companion(file, DAMAGED_MARK));
            } catch (IOException e) {
                LOG.warn("Could not remove {}", companion(file, DAMAGED_MARK), e);
            }
        }
    }

    /**
     * Runs SQLite's full integrity check. Problems found mark the store damaged: every later write is refused, and
     * the next open checks it again (and refuses it, so that the window offers to set it aside).
     *
     * @return the problems found (at most 100), empty when the store is sound
     */
    public List<String> check() throws StoreException {
        List<String> problems;
        try {
            problems = read(c -> problems(c, "PRAGMA integrity_check(100)"));
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.DAMAGED) {
                throw e;
            }
            problems = List.of(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        }
        if (!problems.isEmpty()) {
            damage = String.join("; ", problems.subList(0, Math.min(3, problems.size())));
            if (readOnlyWhy == null) {
                try {
                    Files.writeString(companion(file, DAMAGED_MARK), String.join("\n", problems) + "\n");
                } catch (IOException e) {
                    LOG.warn("Could not mark {} as damaged", file, e);
                }
            }
        }
        return problems;
    }

    private static List<String> problems(Connection c, String pragma) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery(pragma)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    public Path file() {
        return file;
    }

    /** True when the store cannot be written (reads work): see {@link #readOnlyReason()}. */
    public boolean isReadOnly() {
        return readOnlyWhy != null;
    }

    /** Why the store is read-only, or null. */
    public String readOnlyReason() {
        return readOnlyWhy == null ? null : readOnlyWhy.english();
    }

    /**
     * Bytes per page of a store made now (SQLite's default is 4,096): 16 KB pages make a large import's writes, index
     * builds and full-text index about a sixth quicker at 1,000,000 titles, with searches and pages as quick. A store
     * keeps the page size it was made with (WAL mode cannot change it).
     */
    static final int PAGE_SIZE = 16_384;

    /** Sets {@link #PAGE_SIZE} on a file that holds no page yet, before anything is written to it. */
    private static void newStorePageSize(Statement s) throws SQLException {
        boolean empty;
        try (var rs = s.executeQuery("PRAGMA page_count")) {
            empty = rs.next() && rs.getLong(1) == 0;
        }
        if (empty) {
            s.execute("PRAGMA page_size=" + PAGE_SIZE);
        }
    }

    /**
     * A connection. The writer keeps a 64 MiB page cache and sorts (index builds of a large import) in temporary files,
     * so that a million-title import stays within bounded memory; each reader keeps 16 MiB, as several are open at once.
     */
    private Connection connect(boolean writer) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // before any statement: the journal mode itself waits for another program's lock
        config.setBusyTimeout(options.busyTimeoutMs());
        config.setReadOnly(options.readOnly());
        Connection c = options.readOnly() ? readOnlyConnection(config)
                : DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try (Statement s = c.createStatement()) {
            if (!options.readOnly()) {
                newStorePageSize(s);
                s.execute("PRAGMA journal_mode=WAL");
            }
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA synchronous=NORMAL");
            // a read connection's own cache is small: several are open at once, each filled by what it read last (a
            // walk of every title fills any size), and the system's file cache holds the pages read. The window's RSS
            // on 1,000,000 titles after its first reads: 415 MB with 16 MB each, 374 MB with 4 MB
            s.execute(writer ? "PRAGMA cache_size=-65536" : "PRAGMA cache_size=-4096");
            s.execute(writer ? "PRAGMA temp_store=FILE" : "PRAGMA temp_store=MEMORY");
        } catch (SQLException e) {
            // a file that is not a database fails here: close it, so that it can be renamed (Windows) and set aside
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return c;
    }

    /**
     * A read-only connection. A WAL store on a read-only mount cannot get its shared-memory file, so it is then read
     * as the immutable file it is there.
     */
    private Connection readOnlyConnection(SQLiteConfig config) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try (Statement s = c.createStatement()) {
            s.execute("SELECT count(*) FROM sqlite_master"); // the first read opens the journal, or cannot
            return c;
        } catch (SQLException e) {
            c.close();
            if (StoreFaults.code(e) != StoreFaults.CANTOPEN) {
                throw e;
            }
        }
        return DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath() + "?immutable=1",
                config.toProperties());
    }

    /** Throws what {@link #write} would throw before writing anything: the store is read-only or damaged. */
    public void checkWritable() throws StoreException {
        if (readOnlyWhy != null) {
            throw StoreFaults.readOnly(file, readOnlyWhy, null);
        }
        if (damage != null) {
            throw StoreFaults.damaged(file, damage, null);
        }
    }

    /** Runs {@code work} in one transaction on the writer thread and waits for it. */
    public <T> T write(Work<T> work) throws StoreException {
        return onWriter(() -> inTransaction(work));
    }

    /** Runs a write on the writer thread and waits for it; its failure said in plain words. */
    private <T> T onWriter(java.util.concurrent.Callable<T> write) throws StoreException {
        checkWritable();
        Future<T> f = writer.submit(write);
        try {
            return await(f);
        } catch (StoreException e) {
            throw marked(StoreFaults.writing(file, e.getCause() instanceof SQLException ? e.getCause() : e));
        }
    }

    /**
     * Lets {@link #writeAlone} hold the store alone: for a process that does one job and ends (a command), not for the
     * window, whose reads would be refused meanwhile.
     */
    public void allowWritingAlone() {
        aloneAllowed = true;
    }

    /**
     * As {@link #write}, holding the store alone when {@link #allowWritingAlone allowed} and possible: written with a
     * rollback journal instead of the write-ahead log, so that the pages a large load adds are written once, into the
     * store, instead of into the log and then copied into the store (at 1,000,000 titles, 1 GB written again: 4-6 s).
     * Possible when no read of this process is under way (later ones are refused until the write ends; SQLite keeps
     * the log while one is) and no other program has the store open (one that opens it meanwhile waits, as for any
     * write, then says it is in use). Else, or when not allowed, an ordinary write. The store is back in write-ahead log
     * mode when it ends, whatever happens; a process killed meanwhile leaves a journal that SQLite plays back at the next
     * open (the store as it was).
     */
    <T> T writeAlone(Work<T> work) throws StoreException {
        return onWriter(() -> aloneIfAllowed(work));
    }

    /** On the writer thread: {@link #writeAlone}'s transaction, alone when allowed. */
    private <T> T aloneIfAllowed(Work<T> work) throws Exception {
        return aloneAllowed ? alone(work) : inTransaction(work);
    }

    /**
     * As {@link #writeAlone}, for a load that only adds rows whose references it makes itself (a platform's first
     * catalogue: its titles, their links to genres and countries it looks up or adds, their presence in the
     * snapshot it adds): SQLite does not check each reference as the row is written (foreign keys off for this
     * transaction: at 1,000,000 titles about 10 million look-ups, 2-3 s of the writer). Nothing is deleted there, so no
     * cascade is skipped. The check is back on when the transaction ends, whatever happens; a connection that cannot
     * have it back is closed, so that the next write opens one that has it.
     */
    public <T> T writeNewRows(Work<T> work) throws StoreException {
        return onWriter(() -> {
            Connection c = writeConnection();
            references(c, false);
            try {
                return aloneIfAllowed(work);
            } finally {
                if (writeConnection == c) {
                    try {
                        references(c, true);
                    } catch (SQLException e) {
                        LOG.warn("Could not check references again on {}: the next connection will", file, e);
                        writeConnection = null;
                        Readers.closeQuietly(c);
                    }
                }
            }
        });
    }

    /** Foreign keys checked on {@code c} or not (outside a transaction only: SQLite ignores the setting inside one). */
    private static void references(Connection c, boolean checked) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=" + (checked ? "ON" : "OFF"));
        }
    }

    /** On the writer thread: {@link #writeAlone}'s transaction. */
    private <T> T alone(Work<T> work) throws Exception {
        readers.hold("the store is being written alone by a large import");
        try {
            boolean journal = rollbackJournal(writeConnection());
            try {
                return inTransaction(work);
            } finally {
                if (journal && writeConnection != null) {
                    backToWal(writeConnection);
                }
            }
        } finally {
            readers.unhold();
        }
    }

    /** Switches the writer to a rollback journal without waiting for another program's lock: true when switched. */
    private boolean rollbackJournal(Connection c) throws SQLException {
        boolean switched;
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=0");
            try (var rs = s.executeQuery("PRAGMA journal_mode=DELETE")) {
                switched = rs.next() && "delete".equalsIgnoreCase(rs.getString(1));
            } catch (SQLException e) {
                if (StoreFaults.code(e) != StoreFaults.BUSY) {
                    throw e;
                }
                LOG.info("Another program has {} open: written with the write-ahead log", file);
                switched = false;
            } finally {
                s.execute("PRAGMA busy_timeout=" + options.busyTimeoutMs());
            }
            // a rollback journal is synced at every step of a commit (FULL): NORMAL there may lose the store to a power cut
            s.execute(switched ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
        }
        return switched;
    }

    /** The writer back in write-ahead log mode; else closed, so that the next write opens one that is. */
    private void backToWal(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
        } catch (SQLException e) {
            LOG.warn("Could not set {} back to its write-ahead log: the next connection will", file, e);
            writeConnection = null;
            Readers.closeQuietly(c);
        }
    }

    private Connection writeConnection() throws SQLException {
        if (writeConnection == null) {
            writeConnection = connect(true);
        }
        return writeConnection;
    }

    /** On the writer thread. The first failure is the one reported: rolling back and resetting cannot hide it. */
    private <T> T inTransaction(Work<T> work) throws Exception {
        Connection c = writeConnection();
        c.setAutoCommit(false);
        Exception failure = null;
        try {
            // the crash-safety test waits for this line to know that a kill lands inside a transaction
            LOG.debug("Write transaction open on {}", file);
            T result = work.run(c);
            c.commit();
            return result;
        } catch (Exception e) {
            failure = e;
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback); // SQLite may have rolled back by itself (a full disk)
            }
            throw e;
        } finally {
            writes.incrementAndGet();
            try {
                c.setAutoCommit(true);
                detachAside(c);
            } catch (SQLException reset) {
                if (failure != null) {
                    failure.addSuppressed(reset);
                } else {
                    LOG.warn("Resetting the write connection failed", reset);
                }
                writeConnection = null;
                Readers.closeQuietly(c);
            }
        }
    }

    /**
     * A write that attached a file aside ({@link FtsAside}, to copy from it) has it detached, and the file deleted,
     * once its transaction ends (SQLite detaches a file read in a transaction only after it).
     */
    private static void detachAside(Connection c) throws SQLException {
        String attached = null;
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                if (FtsAside.SCHEMA.equals(rs.getString(2))) {
                    attached = rs.getString(3);
                }
            }
        }
        if (attached == null) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("DETACH DATABASE " + FtsAside.SCHEMA);
        }
        try {
            Files.deleteIfExists(Path.of(attached));
        } catch (IOException e) {
            LOG.warn("Could not delete {}", attached, e);
        }
    }

    /** A failure that shows the store damaged marks it so: later writes are refused. */
    private StoreException marked(StoreException e) {
        if (e.reason() == StoreException.Reason.DAMAGED && damage == null) {
            damage = String.valueOf(e.getCause() == null ? "damaged" : e.getCause().getMessage());
        }
        return e;
    }

    /** How many write transactions ran (committed or not): what something read from the store and kept compares. */
    long writes() {
        return writes.get();
    }

    /** Runs read-only work on the calling thread with a pooled connection. */
    public <T> T read(Work<T> work) throws StoreException {
        Connection c = null;
        try {
            c = readers.take(() -> connect(false));
            T result = work.run(c);
            readers.release(c);
            c = null;
            return result;
        } catch (StoreException | java.util.concurrent.CancellationException e) { // given up by its caller: no fault
            throw e;
        } catch (Exception e) {
            throw marked(StoreFaults.reading(file, e));
        } finally {
            readers.discard(c);
        }
    }

    private static <T> T await(Future<T> f) throws StoreException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while writing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StoreException) {
                throw (StoreException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new StoreException(cause.getMessage(), cause);
        }
    }

    /** Writes a consistent copy of the store (SQLite's VACUUM INTO), safe while others read and write. */
    public void backupTo(Path target) throws StoreException {
        read(c -> {
            try (var ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toAbsolutePath().toString());
                ps.execute();
            }
            return null;
        });
    }

    /** True once {@link #close} began: a read failing then was stopped by it (the app is closing), not broken. */
    public boolean closed() {
        return readers.closed();
    }

    /**
     * Closes the store: the reads under way are interrupted (they fail) and waited for a moment, then every connection
     * is closed, so that SQLite ends its write-ahead log cleanly. Later reads and writes fail.
     */
    @Override
    public void close() {
        readers.close(2_000);
        writer.submit(() -> {
            Readers.closeQuietly(writeConnection);
            writeConnection = null;
        });
        writer.shutdown();
        try {
            writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
