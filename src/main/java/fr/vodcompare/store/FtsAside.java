package fr.vodcompare.store;

import fr.vodcompare.files.LowPriority;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of a large first load, built in a file of its own by a thread of its own while the writer
 * writes the rows, then put in the store's transaction in place of the index it had: the index's own tables copied
 * row for row, instead of the writer indexing every new title itself after the rows (6-8 s of the writer's time at
 * 1,000,000 titles). The titles the store held before are indexed there too, so that the copy is the whole index. The
 * texts given are written to a file of their own as they come (the writer never waits for the index) and the thread,
 * at a lower priority ({@link LowPriority#WAITED_ON}), indexes them as the processor allows. On two cores it is also
 * paced ({@code pace}): while the rows are written, the writer, the file's reader, the kept copy's compression and the
 * compilers already want more than the two cores, and the index built then slowed the rows; after them, the writer
 * builds the other indexes on one core. So the thread indexes a share of the texts as they come and the rest once told
 * the rows are in ({@link #rowsIn}), on the core the writer leaves. (Not paced, at this priority, it was 8-14 % behind
 * when a 1,000,000-title load's rows were in, and the rows took 11.3-13.0 s; paced to 35 %, 10.1-12.5 s, and the index
 * done while the writer built the others; at a tenth of a core's share, not paced, it was 46-60 % behind and the
 * writer then waited 1.7-3.7 s for it, the index builds' sorting threads taking the other core.) A failure here, or a
 * title changed after it was given, leaves the writer to index
 * the titles itself, as without it. The index's file is attached to the writer's connection as {@link #SCHEMA} for the
 * copy: {@link Database} detaches and deletes it once the transaction ends.
 */
final class FtsAside implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FtsAside.class);
    /** The name the file is attached under for the copy (a schema name {@link Database} detaches after the transaction). */
    static final String SCHEMA = "aside_fts";
    /** Titles per statement batch of the thread, and per hand-over of the writer's texts. */
    private static final int BATCH = 1_000;
    /** The texts are written to their file in blocks of about this many bytes. */
    private static final int BLOCK = 1 << 18;
    /** The full-text index's own tables, copied (its configuration is the new table's own). */
    private static final String[] TABLES = {"title_fts_data", "title_fts_idx", "title_fts_docsize"};

    private final Path file;
    private final String createSql;
    private final Connection side;
    /** The texts given, in the order given: a record per title (its length, id, then three texts; -1 for none). */
    private final Path texts;
    private final FileChannel out;
    private ByteBuffer block = ByteBuffer.allocate(BLOCK);
    private final Thread thread;
    /** The bytes of {@link #texts} the thread may read: whole records only. */
    private volatile long handedOver;
    /** The bytes of {@link #texts} the thread has read: how far behind it is (for the log). */
    private volatile long readSoFar;
    private long written;
    private volatile boolean ended;
    /** Told that the writer's rows are in ({@link #rowsIn}): from then on the thread indexes all it is given. */
    private volatile boolean rowsIn;
    /** Until the rows are in, the share of the texts given that the thread indexes (1: all, as they come). */
    private final double pace;
    private volatile Exception failure;
    private int pending;
    private boolean changed;

    private FtsAside(Path file, String createSql, Connection side, Path texts, double pace) throws IOException {
        this.pace = pace;
        this.file = file;
        this.createSql = createSql;
        this.side = side;
        this.texts = texts;
        this.out = FileChannel.open(texts, StandardOpenOption.WRITE);
        this.thread = new Thread(this::index, "vodcompare-fts-aside");
        this.thread.setDaemon(true);
    }

    /**
     * Starts the index aside, with the titles the store holds up to {@code maxId} given to it (read through the
     * writer's connection {@code c}, as its transaction sees them); null when it cannot start (the writer then indexes
     * the titles itself). Until told {@link #rowsIn}, the thread indexes only the share {@code pace} (0 to 1) of the
     * texts given, leaving the rest for while the writer builds the other indexes.
     */
    static FtsAside start(Connection c, long maxId, double pace) {
        Path file = null;
        Path texts = null;
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
            texts = Files.createTempFile("vodcompare-fts-texts-", ".bin");
            FtsAside aside = new FtsAside(file, sql, side, texts, pace);
            aside.thread.start();
            aside.addStored(c, maxId);
            return aside;
        } catch (Exception e) {
            LOG.warn("Could not start the full-text index aside; the writer indexes the titles itself", e);
            Readers.closeQuietly(side);
            deleteQuietly(file);
            deleteQuietly(texts);
            return null;
        }
    }

    private void addStored(Connection c, long maxId) throws SQLException, IOException {
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
    void add(long id, String name, String director, String cast) throws IOException {
        if (failure != null || ended) {
            return;
        }
        byte[] n = bytes(name);
        byte[] d = bytes(director);
        byte[] c = bytes(cast);
        int size = 8 + 12 + length(n) + length(d) + length(c);
        if (block.remaining() < 4 + size) {
            writeBlock();
            if (block.capacity() < 4 + size) {
                block = ByteBuffer.allocate(4 + size);
            }
        }
        block.putInt(size).putLong(id);
        put(n);
        put(d);
        put(c);
        if (++pending == BATCH) {
            handOver();
        }
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static int length(byte[] b) {
        return b == null ? 0 : b.length;
    }

    private void put(byte[] b) {
        block.putInt(b == null ? -1 : b.length);
        if (b != null) {
            block.put(b);
        }
    }

    private void writeBlock() throws IOException {
        block.flip();
        while (block.hasRemaining()) {
            written += out.write(block);
        }
        block.clear();
    }

    /** The texts given so far made readable by the thread. */
    private void handOver() throws IOException {
        writeBlock();
        pending = 0;
        handedOver = written;
        LockSupport.unpark(thread);
    }

    /** The bytes of texts handed over to the thread, and the bytes it has read of them: for tests. */
    long[] progress() {
        return new long[] {handedOver, readSoFar};
    }

    /** The share of the texts handed over that the thread has not indexed yet, in per cent (for the log). */
    long percentBehind() {
        long given = handedOver;
        return given == 0 ? 0 : 100 * (given - readSoFar) / given;
    }

    /** The writer's rows are in: everything given so far is handed over, and the thread indexes all of it. */
    void rowsIn() throws IOException {
        handOver();
        rowsIn = true;
        LockSupport.unpark(thread);
    }

    /** A title given was changed afterwards: the index aside is not used. */
    void changed() {
        changed = true;
    }

    /** On the thread, at a lower priority: indexes the texts as they are handed over, until the end. */
    private void index() {
        LowPriority.thisThread(LowPriority.WAITED_ON);
        try (FileChannel in = FileChannel.open(texts, StandardOpenOption.READ);
             PreparedStatement ps = side.prepareStatement("INSERT INTO title_fts(rowid, name, director, cast_list) VALUES (?, ?, ?, ?)")) {
            ByteBuffer b = ByteBuffer.allocate(BLOCK);
            long read = 0;
            int batched = 0;
            while (true) {
                boolean last = ended; // read before the bytes: everything is handed over once it is true
                long until = handedOver;
                if (!last && !rowsIn) { // paced: what is left of the share, or nothing (partial records wait in b)
                    until = Math.max(read, (long) (until * pace));
                }
                if (read == until) {
                    if (batched > 0) {
                        ps.executeBatch();
                        batched = 0;
                    }
                    if (last) {
                        break;
                    }
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                    continue;
                }
                if (b.remaining() == 0) { // one record larger than the buffer
                    b = ByteBuffer.allocate(b.capacity() * 2).put(b.flip());
                }
                int n = in.read(b.limit((int) Math.min(b.capacity(), b.position() + (until - read))), read);
                if (n < 0) {
                    throw new IOException(texts + " ended before the " + until + " bytes handed over");
                }
                read += n;
                readSoFar = read;
                b.flip();
                while (b.remaining() >= 4 && b.remaining() >= 4 + b.getInt(b.position())) {
                    b.getInt();
                    ps.setLong(1, b.getLong());
                    ps.setBytes(2, text(b));
                    ps.setBytes(3, text(b));
                    ps.setBytes(4, text(b));
                    ps.addBatch();
                    if (++batched == BATCH) {
                        ps.executeBatch();
                        batched = 0;
                    }
                }
                b.compact();
            }
            side.commit();
        } catch (Exception e) { // interrupted too: the writer then indexes the titles itself
            failure = e;
        }
    }

    /**
     * A text as its UTF-8 bytes, bound as such: the index reads a blob's bytes as the text they encode (the same
     * entries as the text bound as a string, which made a string of the bytes for the driver to encode again).
     */
    private static byte[] text(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0) {
            return null;
        }
        byte[] s = java.util.Arrays.copyOfRange(b.array(), b.arrayOffset() + b.position(), b.arrayOffset() + b.position() + n);
        b.position(b.position() + n);
        return s;
    }

    /**
     * Waits for the index aside and puts it in place of the store's ({@code c}, inside the writer's transaction): the
     * table made again as it was defined, then its tables filled from the file. False when the index aside cannot be
     * used (nothing was changed then): the writer indexes the titles itself.
     */
    boolean swapInto(Connection c) throws SQLException, InterruptedException {
        long behind = handedOver - readSoFar;
        long t0 = System.nanoTime();
        end();
        LOG.debug("Full-text index aside: {} KB of {} KB of texts still to index when asked for, waited {} ms", behind >> 10,
                written >> 10, (System.nanoTime() - t0) / 1_000_000);
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

    /** Hands over what is left and the end, and waits for the thread. */
    private void end() throws InterruptedException {
        if (ended) {
            return;
        }
        try {
            handOver();
        } catch (IOException e) {
            failure = e;
        }
        ended = true;
        LockSupport.unpark(thread);
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
        try {
            out.close();
        } catch (IOException e) {
            LOG.debug("Could not close {}", texts, e);
        }
        deleteQuietly(file);
        deleteQuietly(texts);
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
