package fr.vodcompare.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SQLite file: a single writer thread (SQLite has one writer) and a small pool of read connections.
 * Every write runs in one transaction on the writer thread; a failure rolls it back whole.
 * Thread-safe.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Work done with a connection; may throw SQL or any checked exception. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws Exception;
    }

    private final Path file;
    private final ExecutorService writer;
    private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
    private Connection writeConnection;

    private Database(Path file) {
        this.file = file;
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
        return open(file, Migrations.all().size());
    }

    /** Opens and migrates up to {@code targetVersion} only (tests use this to make old stores). */
    public static Database open(Path file, int targetVersion) throws StoreException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        Database db = new Database(file);
        try {
            db.write(c -> {
                Migrations.migrate(c, targetVersion);
                return null;
            });
        } catch (StoreException e) {
            db.close();
            throw damaged(file, e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** SQLite's "not a database" (26) and "corrupt" (11) become a plain message with {@link StoreException.Reason#DAMAGED}. */
    private static StoreException damaged(Path file, StoreException e) {
        if (e.getCause() instanceof SQLException) {
            int code = ((SQLException) e.getCause()).getErrorCode() & 0xff;
            if (code == 26 || code == 11) {
                return new StoreException(StoreException.Reason.DAMAGED, file + " is damaged or is not a VOD Compare store ("
                        + e.getCause().getMessage() + "); set it aside (rename it) to start again from the bundled data, "
                        + "or open another store with --db", e.getCause());
            }
        }
        return e;
    }

    public Path file() {
        return file;
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=10000");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA cache_size=-65536");
            s.execute("PRAGMA temp_store=MEMORY");
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

    /** Runs {@code work} in one transaction on the writer thread and waits for it. */
    public <T> T write(Work<T> work) throws StoreException {
        Future<T> f = writer.submit(() -> {
            if (writeConnection == null) {
                writeConnection = connect();
            }
            Connection c = writeConnection;
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
        return await(f);
    }

    /** Runs read-only work on the calling thread with a pooled connection. */
    public <T> T read(Work<T> work) throws StoreException {
        Connection c = idleReaders.poll();
        try {
            if (c == null) {
                c = connect();
            }
            T result = work.run(c);
            idleReaders.offer(c);
            c = null;
            return result;
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("Reading " + file + " failed: " + e.getMessage(), e);
        } finally {
            closeQuietly(c);
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

    @Override
    public void close() {
        writer.submit(() -> {
            closeQuietly(writeConnection);
            writeConnection = null;
        });
        writer.shutdown();
        try {
            writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Connection c;
        while ((c = idleReaders.poll()) != null) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.warn("Closing a connection failed", e);
            }
        }
    }
}
