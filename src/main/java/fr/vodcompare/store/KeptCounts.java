package fr.vodcompare.store;

import fr.vodcompare.model.Kind;

/**
 * How many titles a platform and kind filter keeps between two positions of {@link TitleRanks}, in a few reads: the
 * count before every 64th position is held, and which of the 64 the filter keeps (a bit each: 200 KB for a million
 * titles). Lets a search that tests a few titles only know how many it passed over. Immutable.
 */
final class KeptCounts {
    private static final int SHIFT = 6;
    private final boolean[] platformsKept;
    private final Kind kind;
    private final int[] before; // by block of 64 positions: the titles kept before its first
    private final long[] kept; // by block of 64 positions: a bit per position the filter keeps

    KeptCounts(TitleRanks r, boolean[] platformsKept, Kind kind) {
        this.platformsKept = platformsKept;
        this.kind = kind;
        before = new int[(r.size() >>> SHIFT) + 2];
        kept = new long[before.length];
        int n = 0;
        for (int p = 0; p < r.size(); p++) {
            if ((p & ((1 << SHIFT) - 1)) == 0) {
                before[p >>> SHIFT] = n;
            }
            if (r.kept(p, platformsKept, kind)) {
                kept[p >>> SHIFT] |= 1L << p;
                n++;
            }
        }
        before[(r.size() + (1 << SHIFT) - 1) >>> SHIFT] = n;
    }

    /** True when made for this filter. */
    boolean isFor(boolean[] platforms, Kind k) {
        return java.util.Arrays.equals(platforms, platformsKept) && k == kind;
    }

    /** The titles kept at positions {@code from} (included) to {@code to} (excluded). */
    int between(int from, int to) {
        return to <= from ? 0 : before(to) - before(from);
    }

    private int before(int p) {
        int block = p >>> SHIFT;
        return before[block] + Long.bitCount(kept[block] & ((1L << p) - 1)); // the shifts take p's last six bits
    }

    /** The counts of the last few filters asked for, the newest first. Thread-safe. */
    static final class Recent {
        /** Filters held: each platform alone and each kind alone are made ahead ({@link TitleRanks}), and a few more. */
        private static final int HELD = 24;
        private final java.util.List<KeptCounts> held = new java.util.ArrayList<>();

        KeptCounts get(TitleRanks r, boolean[] platformsKept, Kind k) {
            synchronized (held) {
                for (KeptCounts c : held) {
                    if (c.isFor(platformsKept, k)) {
                        return c;
                    }
                }
            }
            KeptCounts made = new KeptCounts(r, platformsKept, k);
            synchronized (held) {
                held.add(0, made);
                if (held.size() > HELD) {
                    held.remove(held.size() - 1);
                }
            }
            return made;
        }
    }
}
