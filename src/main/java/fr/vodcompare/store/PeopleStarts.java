package fr.vodcompare.store;

import fr.vodcompare.model.Normalise;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;

/**
 * By title id: which first letters, and which first two letters, the words of its director and cast (and of its
 * title, so that a test needs nothing else) start with (normalised). A search of the director and cast whose last word is too short for the full-text index to be asked
 * quickly tests its candidates here first, and reads only the rows of those that may hold the word. Held by id, as the
 * index gives its candidates in id order: they are then read in order. Letters are coded exactly for a to z and 0 to
 * 9, and hashed for the others (a set code may then be another letter's); about 40 bytes a title. Immutable.
 */
final class PeopleStarts {
    private final long[] first; // by id: a bit per first letter's code
    private final long[] second; // by id: a bit per two-letter code, hashed ({@link #bit}): its codes need reading only when set
    private final int[] at; // by id: where its two-letter codes start in its block of codes
    /**
     * By block of {@link #BLOCK} ids, the distinct codes of their two-letter starts, id after id: blocks of their own
     * size, so that reading them never holds a larger copy (a single array grown and trimmed held up to twice its size).
     */
    private final short[][] codes;
    private static final int BLOCK_BITS = 16;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private final int[] three = new int[1 << 18]; // by three-letter code: the titles holding a word starting so
    private final int[] seen = new int[64]; // while reading a title: the distinct three-letter codes of its words
    private int seenCount;

    private PeopleStarts(int n) {
        first = new long[n];
        second = new long[n];
        at = new int[n];
        codes = new short[(n + BLOCK - 1) >>> BLOCK_BITS][];
    }

    /** Reads the titles, directors and casts of the titles of ids below {@code ids} (one walk of the title table, in id order). */
    static PeopleStarts read(Connection c, int ids) throws Exception {
        PeopleStarts out = new PeopleStarts(ids);
        short[] scratch = new short[64];
        short[] block = new short[BLOCK * 16]; // the codes of the block being read (grown when its titles hold more)
        int used = 0; // in block
        int next = 0; // the ids before it have their place in codes
        try (PreparedStatement ps = c.prepareStatement("SELECT id, norm_name, director, cast_list FROM title WHERE id < ? ORDER BY id")) {
            ps.setLong(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int id = (int) rs.getLong(1);
                    for (; next <= id; next++) {
                        used = out.place(next, block, used);
                    }
                    out.seenCount = 0;
                    int n = out.add(id, rs.getString(2), scratch, 0);
                    n = out.add(id, rs.getString(3), scratch, n);
                    n = Math.min(out.add(id, rs.getString(4), scratch, n), scratch.length);
                    if (used + n > block.length) {
                        block = Arrays.copyOf(block, Math.max(block.length * 3 / 2, used + n));
                    }
                    System.arraycopy(scratch, 0, block, used, n);
                    used += n;
                    for (int k = 0; k < out.seenCount; k++) {
                        out.three[out.seen[k]]++;
                    }
                }
            }
        }
        for (; next < ids; next++) {
            used = out.place(next, block, used);
        }
        if (out.codes.length > 0) {
            out.codes[out.codes.length - 1] = Arrays.copyOf(block, used);
        }
        return out;
    }

    /**
     * Gives {@code id} its place in its block of codes, after the {@code used} codes of the block being read; the first
     * id of a block ends the block before it (kept at its size). Returns how many codes come before it in its block.
     */
    private int place(int id, short[] block, int used) {
        if (id > 0 && (id & (BLOCK - 1)) == 0) {
            codes[(id >>> BLOCK_BITS) - 1] = Arrays.copyOf(block, used);
            used = 0;
        }
        at[id] = used;
        return used;
    }

    /** Adds the starts of {@code raw}'s words; the two-letter codes to {@code into} from {@code n}; returns its new size. */
    private int add(int id, String raw, short[] into, int n) {
        if (raw == null) {
            return n;
        }
        String s = Normalise.text(raw);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != ' ' && (i == 0 || s.charAt(i - 1) == ' ')) {
                first[id] |= 1L << code(s.charAt(i));
                if (i + 1 < s.length() && s.charAt(i + 1) != ' ') {
                    short k = code(s.charAt(i), s.charAt(i + 1));
                    second[id] |= bit(k);
                    if (n < into.length && !holds(into, 0, n, k)) {
                        into[n++] = k;
                    }
                }
                if (i + 2 < s.length() && s.charAt(i + 1) != ' ' && s.charAt(i + 2) != ' ' && seenCount < seen.length) {
                    int k = code(s.charAt(i), s.charAt(i + 1), s.charAt(i + 2));
                    if (!seen(k)) {
                        seen[seenCount++] = k;
                    }
                }
            }
        }
        return n;
    }

    private boolean seen(int k) {
        for (int i = 0; i < seenCount; i++) {
            if (seen[i] == k) {
                return true;
            }
        }
        return false;
    }

    private static int code(char a, char b, char c) {
        return code(a) << 12 | code(b) << 6 | code(c);
    }

    /**
     * How many titles hold a word starting with the first three letters of {@code w} (normalised, three letters or
     * more) in their title, director or cast: what a full-text query of {@code w} as a prefix merges (a title holding
     * several such words is counted once; an accented or non-Latin letter's count may be another letter's too).
     */
    int titlesStarting(String w) {
        return three[code(w.charAt(0), w.charAt(1), w.charAt(2))];
    }

    private static boolean holds(short[] a, int from, int to, short k) {
        for (int i = from; i < to; i++) {
            if (a[i] == k) {
                return true;
            }
        }
        return false;
    }

    /** 0-25 for a-z, 26-35 for 0-9, 36-63 for any other letter (hashed). */
    private static int code(char ch) {
        if (ch >= 'a' && ch <= 'z') {
            return ch - 'a';
        }
        if (ch >= '0' && ch <= '9') {
            return 26 + ch - '0';
        }
        return 36 + (ch * 0x9E3779B1 >>> 1) % 28;
    }

    /** The bit of a two-letter code in {@link #second}. */
    private static long bit(short k) {
        return 1L << (k * 0x9E3779B1 >>> 26);
    }

    private static short code(char a, char b) {
        return (short) (code(a) << 6 | code(b));
    }

    /**
     * Keeps, of the first {@code n} titles (ids and positions, in step), those that {@link #may} start a word with
     * {@code w}, in order at the start of both arrays; returns how many. The first letters of all are read in one
     * pass, their two-letter starts in another.
     */
    int may(int[] ids, int[] at, int n, String w) {
        if (w.length() == 2 && w.indexOf(' ') < 0) {
            n = may(ids, at, n, w.substring(0, 1)); // the first letter first: one read, and most titles lack it
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (may(ids[i], w)) {
                ids[kept] = ids[i];
                at[kept++] = at[i];
            }
        }
        return kept;
    }

    /**
     * False when no word of title {@code id}, its director or its cast starts with {@code w} (normalised, one or
     * two letters); true when one may (or {@code w} is of another length). A title whose words hold more
     * than 64 distinct two-letter starts may hold any.
     */
    boolean may(int id, String w) {
        if (id >= first.length) {
            return true; // not read
        }
        if (w.length() == 1) {
            return (first[id] & 1L << code(w.charAt(0))) != 0;
        }
        if (w.length() != 2 || w.indexOf(' ') >= 0) {
            return true;
        }
        short k = code(w.charAt(0), w.charAt(1));
        if ((second[id] & bit(k)) == 0) {
            return false;
        }
        short[] block = codes[id >>> BLOCK_BITS];
        int from = at[id];
        int to = id + 1 < at.length && ((id + 1) & (BLOCK - 1)) != 0 ? at[id + 1] : block.length;
        return to - from >= 64 || holds(block, from, to, k);
    }
}
