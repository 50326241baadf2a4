package fr.vodcompare.store;

import fr.vodcompare.model.Kind;

/**
 * How many titles a platform and kind filter keeps between two positions of {@link TitleRanks}, in a few reads: the
 * count before every 64th position is held (16 KB for a million titles), the rest counted title by title. Lets a
 * search that tests a few titles only know how many it passed over. Immutable.
 */
final class KeptCounts {
    private static final int SHIFT = 6;
    private final TitleRanks r;
    private final boolean[] platformsKept;
    private final Kind kind;
    private final int[] before; // by block of 64 positions: the titles kept before its first

    KeptCounts(TitleRanks r, boolean[] platformsKept, Kind kind) {
        this.r = r;
        this.platformsKept = platformsKept;
        this.kind = kind;
        before = new int[(r.size() >>> SHIFT) + 2];
        int n = 0;
        for (int p = 0; p < r.size(); p++) {
            if ((p & ((1 << SHIFT) - 1)) == 0) {
                before[p >>> SHIFT] = n;
            }
            if (r.kept(p, platformsKept, kind)) {
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
        int n = before[block];
        for (int q = block << SHIFT; q < p; q++) {
            if (r.kept(q, platformsKept, kind)) {
                n++;
            }
        }
        return n;
    }

    /** The counts of the last few filters asked for, the newest first. Thread-safe. */
    static final class Recent {
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
                if (held.size() > 8) {
                    held.remove(held.size() - 1);
                }
            }
            return made;
        }
    }
}
