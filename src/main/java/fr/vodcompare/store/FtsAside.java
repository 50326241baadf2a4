package fr.vodcompare.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of a large first load, built in a file of its own by a thread of its own while the writer
 * writes the rows (on the second core), then put in the store's transaction in place of the index it had: the
 * index's own tables copied row for row, instead of the writer indexing every new title itself after the rows
 * (6-8 s of the writer's time at 1,000,000 titles). The titles the store held before are indexed there too, so that
 * the copy is the whole index. A failure here, or a title changed after it was given, leaves the writer to index
 * the titles itself, as without it. The file is attached to the writer's connection as {@link #SCHEMA} for the copy:
 * {@link Database} detaches and deletes it once the transaction ends.
 */
final class FtsAside implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FtsAside.class);
    /** The name the file is attached under for the copy (a schema name {@link Database} detaches after the transaction). */
    static final String SCHEMA = "aside_fts";
    private static final int BATCH = 1_000;
    /** The full-text index's own tables, copied (its configuration is the new table's own). */
    private static final String[] TABLES = {"title_fts_data", "title_fts_idx", "title_fts_docsize"};

    private final Path file;
    private final String createSql;
    private final Connection side;
    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile Exception failure;
    private Object[] batch = new Object[4 * BATCH];
    private int pending;
    private boolean changed;
    private boolean ended;

    private FtsAside(Path file, String createSql, Connection side) {
        this.file = file;
        this.createSql = createSql;
        this.side = side;
        this.thread = new Thread(this::index, "vodcompare-fts-aside");
        this.thread.setDaemon(true);
    }

    /**
     * Starts the index aside, with the titles the store holds up to {@code maxId} given to it (read through the
     * writer's connection {@code c}, as its transaction sees them); null when it cannot start (the writer then indexes
     * the titles itself).
     */
    static FtsAside start(Connection c, long maxId) {
        Path file = null;
        Connection side = null;
        try {
            String sql;
            try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'title_fts'");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                sql = rs.getString(1);
            }
            file = Files.createTempFile("vodcompare-fts-", ".db");
            side = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = side.createStatement()) {
                s.execute("PRAGMA journal_mode=OFF"); // a file thrown away whatever happens: nothing to roll back
                s.execute("PRAGMA synchronous=OFF");
                s.execute(sql);
                s.execute("INSERT INTO title_fts(title_fts, rank) VALUES ('hashsize', " + TitleRows.FTS_HASH_BYTES + ")");
            }
            side.setAutoCommit(false);
            FtsAside aside = new FtsAside(file, sql, side);
            aside.thread.start();
            aside.addStored(c, maxId);
            return aside;
        } catch (Exception e) {
            LOG.warn("Could not start the full-text index aside; the writer indexes the titles itself", e);
            Readers.closeQuietly(side);
            deleteQuietly(file);
            return null;
        }
    }

    private void addStored(Connection c, long maxId) throws SQLException, InterruptedException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, director, cast_list FROM title WHERE id <= ? ORDER BY id")) {
            ps.setLong(1, maxId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    add(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                }
            }
        }
    }

    /** Gives a new title's indexed texts, as its row holds them. */
    void add(long id, String name, String director, String cast) throws InterruptedException {
        if (failure != null || ended) {
            return;
        }
        int at = 4 * pending++;
        batch[at] = id;
        batch[at + 1] = name;
        batch[at + 2] = director;
        batch[at + 3] = cast;
        if (pending == BATCH) {
            send();
        }
    }

    /** A title given was changed afterwards: the index aside is not used. */
    void changed() {
        changed = true;
    }

    private void send() throws InterruptedException {
        Object[] full = pending == BATCH ? batch : java.util.Arrays.copyOf(batch, 4 * pending);
        batch = new Object[4 * BATCH];
        pending = 0;
        put(full);
    }

    /** Queues a batch (the empty one ends), waiting while the thread is behind, unless it has failed meanwhile. */
    private void put(Object[] b) throws InterruptedException {
        while (failure == null && !queue.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            // the thread is behind
        }
    }

    /** On the thread: indexes the batches as they come, until the empty one. */
    private void index() {
        try (PreparedStatement ps = side.prepareStatement("INSERT INTO title_fts(rowid, name, director, cast_list) VALUES (?, ?, ?, ?)")) {
            for (Object[] b = queue.take(); b.length > 0; b = queue.take()) {
                for (int i = 0; i < b.length; i += 4) {
                    ps.setLong(1, (Long) b[i]);
                    ps.setString(2, (String) b[i + 1]);
                    ps.setString(3, (String) b[i + 2]);
                    ps.setString(4, (String) b[i + 3]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            side.commit();
        } catch (InterruptedException e) {
            failure = e;
        } catch (Exception e) {
            failure = e;
            queue.clear(); // the writer does not wait on a thread that stopped
        }
    }

    /**
     * Waits for the index aside and puts it in place of the store's ({@code c}, inside the writer's transaction): the
     * table made again as it was defined, then its tables filled from the file. False when the index aside cannot be
     * used (nothing was changed then): the writer indexes the titles itself.
     */
    boolean swapInto(Connection c) throws SQLException, InterruptedException {
        end();
        if (changed || failure != null) {
            if (failure != null) {
                LOG.warn("The full-text index aside failed; the writer indexes the titles itself", failure);
            }
            return false;
        }
        side.close();
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE title_fts");
            s.execute(createSql);
            for (String t : TABLES) {
                s.execute("DELETE FROM " + t);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("ATTACH DATABASE ? AS " + SCHEMA)) {
            ps.setString(1, file.toAbsolutePath().toString());
            ps.execute();
        }
        try (Statement s = c.createStatement()) {
            for (String t : TABLES) {
                s.execute("INSERT INTO main." + t + " SELECT * FROM " + SCHEMA + "." + t);
            }
        }
        return true;
    }

    /** Sends what is left and the end, and waits for the thread. */
    private void end() throws InterruptedException {
        if (ended) {
            return;
        }
        if (pending > 0) {
            send();
        }
        ended = true;
        put(new Object[0]);
        thread.join();
    }

    /** Stops the thread if it still runs, closes the file and deletes it (once detached, if it was attached). */
    @Override
    public void close() {
        if (thread.isAlive()) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Readers.closeQuietly(side);
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            LOG.debug("Could not delete {} yet: deleted once detached", file, e);
        }
    }
}
