package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;

/**
 * The store's read connections: idle ones kept for the next read, busy ones known, so that closing the store stops
 * the reads under way (SQLite's interrupt: a count over a million titles can take seconds) and closes every
 * connection. The last connection closed ends SQLite's write-ahead log cleanly: a log left beside the file makes the
 * next start check the whole store (seconds at a million titles). Thread-safe.
 */
final class Readers {
    private static final Logger LOG = LoggerFactory.getLogger(Readers.class);

    /** Makes a new read connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final Set<Connection> busy = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    /** Why reads are refused for now ({@link #hold}), or null. */
    private volatile String held;

    /** True once {@link #close} began: every read from then on fails. */
    boolean closed() {
        return closed;
    }

    /** An idle connection, or a new one; it is busy until {@link #release} or {@link #discard}. */
    Connection take(Opener opener) throws SQLException {
        if (closed) {
            throw new SQLException("the store is closed");
        }
        String why = held;
        if (why != null) {
            throw new SQLException(why);
        }
        Connection c = idle.poll();
        if (c == null) {
            c = opener.open();
        }
        busy.add(c);
        if (closed) {
            // closed meanwhile: close() may not have seen it
            discard(c);
            throw new SQLException("the store is closed");
        }
        return c;
    }

    /** A read is over: the connection waits for the next one (or is closed when the store is). */
    void release(Connection c) {
        busy.remove(c);
        if (closed) {
            closeQuietly(c);
        } else {
            idle.offer(c);
            if (closed && idle.remove(c)) {
                closeQuietly(c);
            }
        }
    }

    /** A read failed: its connection is closed (null: nothing to do). */
    void discard(Connection c) {
        if (c != null) {
            busy.remove(c);
            closeQuietly(c);
        }
    }

    /**
     * Refuses every read from now on, saying {@code why}, and closes the idle connections. A read under way keeps its
     * connection open until it ends (which keeps SQLite from leaving write-ahead log mode meanwhile).
     */
    void hold(String why) {
        held = why;
        closeIdle();
    }

    /** Reads are served again. */
    void unhold() {
        held = null;
    }

    /**
     * Closes the idle connections, interrupts the reads under way and waits up to {@code waitMs} for them to end
     * (their connections are then closed by their threads). Later reads are refused.
     */
    void close(long waitMs) {
        closed = true;
        closeIdle();
        long until = System.nanoTime() + waitMs * 1_000_000;
        while (!busy.isEmpty() && System.nanoTime() < until) {
            // again and again: an interrupt between two statements of a read is lost (SQLite interrupts running ones)
            for (Connection c : busy) {
                try {
                    c.unwrap(SQLiteConnection.class).getDatabase().interrupt();
                } catch (SQLException | RuntimeException e) {
                    LOG.debug("Interrupting a read failed", e);
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!busy.isEmpty()) {
            LOG.warn("{} read(s) still under way as the store closes", busy.size());
        }
        closeIdle();
    }

    private void closeIdle() {
        Connection c;
        while ((c = idle.poll()) != null) {
            closeQuietly(c);
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.warn("Closing a connection failed", e);
            }
        }
    }
}
