package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The titles in the catalogue's title order (normalised title, then id), held in memory for searching: each title's
 * position in that order, its normalised title, platform and kind. A search tests titles here in order and puts the
 * full-text index's candidates in order without reading a title row. With the lists of {@link WordStarts} and the
 * {@link PeopleStarts}: the window's live heap on 1,018,586 titles once they are read, 148 MB.
 * Built in the background, once per state of the store: any write makes it stale ({@link Database#writes()}), and a
 * stale one is never used (the search then reads the store as without it) but rebuilt. Immutable, thread-safe.
 */
final class TitleRanks {
    private static final Logger LOG = LoggerFactory.getLogger(TitleRanks.class);
    /** Above this many ids per title (ids freed by deletions), the arrays by id would waste memory: no ranks. */
    private static final int SPARSE = 4;
    private static final Map<Database, Holder> HELD = new WeakHashMap<>();
    private static final ExecutorService BUILDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vodcompare-search-ranks");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /** The store's write count the ranks were read at. */
    final long writes;
    private final String stamp; // the store's stamp when read ({@link #stamp})
    private final int[] position; // by id: position in title order, -1 when no such title
    private final int[] ids; // by position
    private final int[] start; // by position: where its normalised title starts in names; one more at the end
    private final byte[] names; // the normalised titles in UTF-8, one after the other
    private final long[] starts; // by position, two each: the first two, the first three and four letters of each word, hashed to a bit each
    private final byte[] platform; // by id: index in platforms
    private final byte[] kind; // by id: Kind ordinal, -1 when unknown
    private final List<String> platforms;
    private final WordStarts words;
    /**
     * Set once, after the ranks are shared (null until then: no candidate is left out). Titles written since the
     * ranks' stamp was read make them stale, so these starts are those of the titles the ranks hold.
     */
    private volatile PeopleStarts people;
    /**
     * Set once, after the ranks are shared: by territory ("" for none), by id, the titles the current catalogues list
     * (null until read).
     */
    private volatile Map<String, java.util.BitSet> shown;
    private final KeptCounts.Recent counts = new KeptCounts.Recent();
    private final RecentMatches matches = new RecentMatches();

    private TitleRanks(long writes, String stamp, int[] position, int[] ids, int[] start, byte[] names, byte[] platform,
                       byte[] kind, List<String> platforms) {
        this.starts = new long[2 * ids.length];
        for (int p = 0; p < ids.length; p++) {
            for (int i = start[p]; i < start[p + 1]; i++) {
                if (i == start[p] || names[i - 1] == ' ') {
                    int end = wordEnd(names, i, start[p + 1]);
                    starts[2 * p] |= bit(names, i, end, 2);
                    starts[2 * p + 1] |= bit(names, i, end, 3) | bit(names, i, end, 4);
                }
            }
        }
        this.writes = writes;
        this.stamp = stamp;
        this.position = position;
        this.ids = ids;
        this.start = start;
        this.names = names;
        this.platform = platform;
        this.kind = kind;
        this.platforms = platforms;
        this.words = new WordStarts(start, names, ids.length);
    }

    /** What is held for one store: the newest ranks built, and the build under way. */
    private static final class Holder {
        TitleRanks ranks;
        CompletableFuture<TitleRanks> building;
    }

    /**
     * The ranks of the store as it is now, or null when they are not built yet (a build is then started in the
     * background, unless one is under way).
     */
    static TitleRanks current(Database db) {
        return current(db, null);
    }

    /**
     * As {@link #current(Database)}, the ranks also checked against the store's {@link #stamp} read now (null: not
     * checked), so that titles another program wrote since they were read make them stale too.
     */
    static TitleRanks current(Database db, String stamp) {
        long now = db.writes();
        synchronized (HELD) {
            Holder h = HELD.computeIfAbsent(db, d -> new Holder());
            if (h.ranks != null && h.ranks.writes == now && (stamp == null || stamp.equals(h.ranks.stamp))) {
                return h.ranks;
            }
            if (h.building == null) {
                h.building = CompletableFuture.supplyAsync(() -> build(db, h), BUILDER);
            }
            return null;
        }
    }

    /** The ranks of the store as it is now, built and waited for if needed (null when it cannot hold them). */
    static TitleRanks await(Database db) throws StoreException {
        for (int tries = 0; tries < 3; tries++) {
            TitleRanks r = current(db, db.read(TitleRanks::stamp));
            if (r != null) {
                return r;
            }
            CompletableFuture<TitleRanks> f;
            synchronized (HELD) {
                f = HELD.get(db).building;
            }
            if (f != null) {
                f.join();
            }
        }
        return current(db, db.read(TitleRanks::stamp));
    }

    /**
     * What changes when the titles change, whoever writes them (this program or another one on the same file): the
     * highest title id, and the snapshots' number, highest id and newest import. A few index reads.
     */
    static String stamp(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COALESCE(MAX(id), 0) FROM title) || '/' || "
                + "(SELECT COUNT(*) FROM snapshot) || '/' || (SELECT COALESCE(MAX(id), 0) FROM snapshot) || '/' || "
                + "(SELECT COALESCE(MAX(imported_at), '') FROM snapshot)"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static TitleRanks build(Database db, Holder h) {
        TitleRanks r = null;
        try {
            long writes = db.writes();
            long t0 = System.nanoTime();
            r = db.read(c -> read(c, writes));
            LOG.debug("Search ranks of {} titles read in {} ms", r == null ? 0 : r.ids.length, (System.nanoTime() - t0) / 1_000_000);
            if (r != null) {
                synchronized (HELD) {
                    h.ranks = r; // searched from now on; the directors' and casts' starts follow
                }
                TitleRanks ranks = r;
                long t1 = System.nanoTime();
                r.people = db.read(c -> PeopleStarts.read(c, ranks.position.length));
                LOG.debug("Directors' and casts' word starts read in {} ms", (System.nanoTime() - t1) / 1_000_000);
                r.shown = db.read(c -> shown(c, ranks.position.length));
                r.countAhead();
                // the end of the start's background work on a large store (scripts/bench waits for this line)
                LOG.info("Search data of {} titles read in {} ms", r.ids.length, (System.nanoTime() - t0) / 1_000_000);
            }
        } catch (Exception e) {
            if (db.closed()) { // the window closed while they were read (a large store, just after its start)
                LOG.debug("The titles' order for searching was not read: the store closed meanwhile", e);
            } else {
                LOG.warn("Could not read the titles' order for searching; searches read the store instead", e);
            }
        }
        synchronized (HELD) {
            h.building = null;
        }
        return r;
    }

    /** Reads every title in title order (the title_sort index only); null when ids are too sparse to index by. */
    static TitleRanks read(Connection c, long writes) throws Exception {
        String stamp = stamp(c);
        int n;
        long maxId;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM title");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            n = rs.getInt(1);
            maxId = rs.getLong(2);
        }
        if (maxId > (long) SPARSE * n + 1024 || maxId >= Integer.MAX_VALUE) {
            return null;
        }
        int[] position = new int[(int) maxId + 1];
        Arrays.fill(position, -1);
        byte[] platform = new byte[position.length];
        byte[] kind = new byte[position.length];
        List<String> platforms = new ArrayList<>();
        int[] ids = new int[n];
        int[] start = new int[n + 1];
        byte[] names = new byte[Math.max(16, n * 24)];
        int at = 0;
        int used = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, norm_name, platform_id, kind FROM title INDEXED BY title_sort ORDER BY norm_name, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next() && at < n) {
                int id = (int) rs.getLong(1);
                byte[] name = rs.getString(2).getBytes(StandardCharsets.UTF_8);
                if (used + name.length > names.length) {
                    names = Arrays.copyOf(names, Math.max(names.length * 3 / 2, used + name.length));
                }
                System.arraycopy(name, 0, names, used, name.length);
                start[at] = used;
                used += name.length;
                ids[at] = id;
                position[id] = at++;
                platform[id] = platformIndex(platforms, rs.getString(3));
                kind[id] = kindIndex(rs.getString(4));
            }
        }
        if (at != n || platforms.size() > Byte.MAX_VALUE) {
            return null; // titles written between the two reads (only another program can): read again next time
        }
        start[n] = used;
        TitleRanks r = new TitleRanks(writes, stamp, position, ids, start, Arrays.copyOf(names, used), platform, kind,
                List.copyOf(platforms));
        return r;
    }

    /** Territories whose current catalogues are held by id, at most (a store rarely has more than a few). */
    private static final int TERRITORIES = 8;

    /**
     * By territory ("" for none chosen, and each territory of the snapshots, a few at most), by id below {@code ids}: the
     * titles the current catalogues list.
     */
    private static Map<String, java.util.BitSet> shown(Connection c, int ids) throws SQLException {
        List<String> territories = new ArrayList<>();
        territories.add(null);
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT territory FROM snapshot ORDER BY territory LIMIT "
                + TERRITORIES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    if (Current.territory(rs.getString(1)) != null) {
                        territories.add(rs.getString(1));
                    }
                } catch (IllegalArgumentException e) {
                    // not a territory a filter can name: its titles are read from the store
                }
            }
        }
        Map<String, java.util.BitSet> out = new java.util.HashMap<>();
        for (String territory : territories) {
            java.util.BitSet in = new java.util.BitSet(ids);
            try (PreparedStatement ps = c.prepareStatement(Current.titleIds(territory)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id < ids) {
                        in.set((int) id);
                    }
                }
            }
            out.put(key(territory), in);
        }
        return out;
    }

    /**
     * The titles the current catalogues list in {@code territory} (null: none chosen), by id, when held (null until read,
     * or for a territory not held): what a filter with that territory and no snapshot shows.
     */
    java.util.BitSet shown(String territory) {
        Map<String, java.util.BitSet> held = shown;
        try {
            return held == null ? null : held.get(key(territory));
        } catch (IllegalArgumentException e) {
            return null; // not a territory: the store says so
        }
    }

    /** A territory as {@link Current} reads it ("" for none). */
    private static String key(String territory) {
        String t = Current.territory(territory);
        return t == null ? "" : t;
    }

    private static byte platformIndex(List<String> platforms, String id) {
        int i = platforms.indexOf(id);
        if (i < 0) {
            platforms.add(id);
            i = platforms.size() - 1;
        }
        return (byte) i;
    }

    private static byte kindIndex(String code) {
        for (Kind k : Kind.values()) {
            if (k.code().equals(code)) {
                return (byte) k.ordinal();
            }
        }
        return -1;
    }

    int size() {
        return ids.length;
    }

    /**
     * Makes the {@link KeptCounts} of each kind alone and of each platform alone (a few of them), so that the first
     * search after choosing one of these filters does not wait for them.
     */
    private void countAhead() {
        for (Kind k : Kind.values()) {
            counts.get(this, null, k);
        }
        for (int i = 0; i < Math.min(platforms.size(), 12); i++) {
            boolean[] one = new boolean[platforms.size()];
            one[i] = true;
            counts.get(this, one, null);
        }
    }

    /** The titles by the starts of their words. */
    WordStarts words() {
        return words;
    }

    /** The answers of the last few full-text queries asked of the store while these ranks are current. */
    RecentMatches matches() {
        return matches;
    }

    /** How many titles the filter keeps between positions; null when it keeps every title (count the positions). */
    KeptCounts keptCounts(boolean[] platformsKept, Kind k) {
        return platformsKept == null && k == null ? null : counts.get(this, platformsKept, k);
    }

    /** Sets {@code into[i]} to the {@link #position} of {@code ids[i]}, for the first {@code n}. */
    void positions(int[] ids, int n, int[] into) {
        int[] pos = position;
        for (int i = 0; i < n; i++) {
            int id = ids[i];
            into[i] = id >= 0 && id < pos.length ? pos[id] : -1;
        }
    }

    /**
     * Keeps, of the first {@code n} titles (ids and positions, in step), those whose title does not hold the words
     * ({@link #holds}, its bits read by id), in order at the start of both arrays; returns how many.
     */
    int notTitleMatches(int[] ids, int[] at, int n, byte[][] words, long[] bits) {
        boolean[] maybe = new boolean[n];
        long b0 = bits[0];
        long b1 = bits[1];
        for (int i = 0; i < n; i++) { // the bits alone first: one read each, none waiting on another
            int k = 2 * at[i];
            maybe[i] = (starts[k] & b0) == b0 & (starts[k + 1] & b1) == b1;
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (!(maybe[i] && words.length > 0 && holdsAll(at[i], words))) {
                ids[kept] = ids[i];
                at[kept++] = at[i];
            }
        }
        return kept;
    }

    /**
     * Keeps, of the first {@code n} titles (ids and positions, in step), those that may start a word of their title,
     * director or cast with {@code w} (normalised, one or two letters; {@link PeopleStarts#may}), in order at the start
     * of both arrays; returns how many (all of them while those starts are not read yet).
     */
    int mayStart(int[] ids, int[] at, int n, String w) {
        PeopleStarts p = people;
        return p == null ? n : p.may(ids, at, n, w);
    }

    /** The position of title {@code id} in title order, or -1 when there is no such title. */
    int position(long id) {
        return id >= 0 && id < position.length ? position[(int) id] : -1;
    }

    long id(int pos) {
        return ids[pos];
    }

    /** The normalised title at {@code pos}. */
    String name(int pos) {
        return new String(names, start[pos], start[pos + 1] - start[pos], StandardCharsets.UTF_8);
    }

    /** The platforms' indices the filter keeps (null: every platform); an unknown platform keeps none. */
    boolean[] platformsKept(List<String> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        boolean[] kept = new boolean[platforms.size()];
        for (String id : ids) {
            int i = platforms.indexOf(id);
            if (i >= 0) {
                kept[i] = true;
            }
        }
        return kept;
    }

    /** True when the title at {@code pos} is on a kept platform (null: any) and of {@code k} (null: any). */
    boolean kept(int pos, boolean[] platformsKept, Kind k) {
        return keptId(ids[pos], platformsKept, k);
    }

    /** As {@link #kept}, for title {@code id} (one the ranks hold): read in id order, its bytes are read in order. */
    boolean keptId(long id, boolean[] platformsKept, Kind k) {
        int i = (int) id;
        return (platformsKept == null || platformsKept[platform[i]]) && (k == null || kind[i] == k.ordinal());
    }

    private static int wordEnd(byte[] s, int from, int end) {
        int i = from;
        while (i < end && s[i] != ' ') {
            i++;
        }
        return i;
    }

    /** The bit of the first {@code n} letters of the word s[from, end) (a space for each letter past its end). */
    private static long bit(byte[] s, int from, int end, int n) {
        int h = n;
        for (int i = from; i < from + n; i++) {
            h = (h + (i < end ? s[i] & 0xFF : ' ')) * 0x9E3779B1;
        }
        return 1L << (h >>> 26);
    }

    /**
     * The bits ({@code [0]} of two letters, {@code [1]} of three and of four) a title holding {@code words} (UTF-8, as
     * {@link #holds} takes them) has among its words' starts: each word of them starts a word of the title, and ends
     * it unless it is the last (a prefix, asking for the bits of the letters it has only).
     */
    static long[] startsOf(byte[][] words) {
        long[] bits = new long[2];
        for (int k = 0; k < words.length; k++) {
            byte[] w = words[k];
            for (int j = 0; j < w.length; j++) {
                if (w[j] != ' ' && (j == 0 || w[j - 1] == ' ')) {
                    int end = wordEnd(w, j, w.length);
                    boolean prefix = k == words.length - 1 && end == w.length;
                    if (!prefix || end - j >= 2) {
                        bits[0] |= bit(w, j, end, 2);
                    }
                    if (!prefix || end - j >= 3) {
                        bits[1] |= bit(w, j, end, 3);
                    }
                    if (!prefix || end - j >= 4) {
                        bits[1] |= bit(w, j, end, 4);
                    }
                }
            }
        }
        return bits;
    }

    /**
     * True when the normalised title at {@code pos} holds every word, as {@link SearchText.Words#in} tests it: each a
     * whole word of the title, the last the start of one. {@code words} in UTF-8, {@code bits} their
     * {@link #startsOf}: a title lacking one of them is passed over without reading it.
     */
    boolean holds(int pos, byte[][] words, long[] bits) {
        if (words.length == 0 || (starts[2 * pos] & bits[0]) != bits[0] || (starts[2 * pos + 1] & bits[1]) != bits[1]) {
            return false;
        }
        return holdsAll(pos, words);
    }

    private boolean holdsAll(int pos, byte[][] words) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].length == 0 || !has(start[pos], start[pos + 1], words[i], i == words.length - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first position from {@code from} whose normalised title is not before {@code name} (UTF-8) in title order
     * (SQLite's binary order of the UTF-8 bytes); {@link #size} when there is none.
     */
    int first(byte[] name, int from) {
        int lo = from;
        int hi = ids.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Arrays.compareUnsigned(names, start[mid], start[mid + 1], name, 0, name.length) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * How many titles hold a word starting with the first three letters of {@code w} (normalised, three letters or more)
     * in their title, director or cast; -1 when the starts are not read yet.
     */
    int titlesStarting(String w) {
        PeopleStarts p = people;
        return p == null ? -1 : p.titlesStarting(w);
    }

    /** True when the normalised title at {@code pos} is {@code name} (UTF-8). */
    boolean is(int pos, byte[] name) {
        return Arrays.equals(names, start[pos], start[pos + 1], name, 0, name.length);
    }

    /** {@code w} at the start of a word in names[from, to), ending a word unless it is a prefix. */
    private boolean has(int from, int to, byte[] w, boolean prefix) {
        int n = w.length;
        int i = from;
        while (i + n <= to) {
            int k = 0;
            while (k < n && names[i + k] == w[k]) {
                k++;
            }
            if (k == n && (prefix || i + n == to || names[i + n] == ' ')) {
                return true;
            }
            while (i < to && names[i] != ' ') {
                i++;
            }
            i++;
        }
        return false;
    }
}
