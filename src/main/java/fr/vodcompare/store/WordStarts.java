package fr.vodcompare.store;

import java.util.Arrays;

/**
 * For each start of a word (its first three bytes, a space for each byte past its end), the positions of the titles
 * holding a word that starts so, in title order: a search whose words include one of three letters or more (or a
 * whole word) tests the titles of the shortest such list instead of every title. Starts share a list when they hash
 * alike, so a list holds more titles than it names, never fewer. Four bytes per word of each title. Immutable.
 */
final class WordStarts {
    private static final int BITS = 16;
    private static final int MASK = (1 << BITS) - 1;
    private final int[] offset; // by bucket: where its positions start in entries; one more at the end
    private final int[] entries; // the positions, bucket after bucket, each bucket's in increasing order

    /** The lists of the titles {@code names[start[p], start[p + 1])}, normalised (words separated by one space). */
    WordStarts(int[] start, byte[] names, int n) {
        int[] count = new int[MASK + 2];
        eachStart(start, names, n, (p, b) -> count[b + 1]++);
        for (int b = 0; b <= MASK; b++) {
            count[b + 1] += count[b];
        }
        offset = count;
        entries = new int[offset[MASK + 1]];
        int[] fill = Arrays.copyOf(offset, MASK + 1);
        eachStart(start, names, n, (p, b) -> entries[fill[b]++] = p);
    }

    /** Told a title's position and the bucket of one of its words' starts. */
    @FunctionalInterface
    private interface Each {
        void accept(int position, int bucket);
    }

    /** Tells {@code each} every title position and bucket of its words' starts, once per bucket, in position order. */
    private static void eachStart(int[] start, byte[] names, int n, Each each) {
        int[] last = new int[MASK + 1];
        Arrays.fill(last, -1);
        for (int p = 0; p < n; p++) {
            for (int i = start[p]; i < start[p + 1]; i++) {
                if (i == start[p] || names[i - 1] == ' ') {
                    int b = bucket(names, i, start[p + 1]);
                    if (last[b] != p) {
                        last[b] = p;
                        each.accept(p, b);
                    }
                }
            }
        }
    }

    /** The bucket of the word starting at s[from] (it ends at a space or at {@code end}). */
    private static int bucket(byte[] s, int from, int end) {
        int key = 0;
        boolean ended = false;
        for (int i = from; i < from + 3; i++) {
            ended = ended || i >= end || s[i] == ' ';
            key = key << 8 | (ended ? ' ' : s[i] & 0xFF);
        }
        return bucket(key);
    }

    /** The bucket of a start's three bytes, the first in the highest bits. */
    private static int bucket(int key) {
        int h = key * 0x9E3779B1;
        return h >>> (32 - BITS);
    }

    /**
     * The positions from {@code p} of the titles holding a word that starts with the two bytes {@code prefix} (with
     * others sharing their lists): the lists of the 256 starts of three bytes beginning with them (a space for the
     * third: the words of two bytes), marked in a set of {@code n} positions. Null when these lists hold more than
     * {@code most} positions in all: a walk of every title then finds its first matches sooner.
     */
    java.util.BitSet startingWith(byte[] prefix, int p, int n, int most) {
        int[] buckets = new int[256];
        long total = 0;
        for (int b = 0; b < 256; b++) {
            buckets[b] = bucket((prefix[0] & 0xFF) << 16 | (prefix[1] & 0xFF) << 8 | b);
            total += size(buckets[b]);
            if (total > most) {
                return null;
            }
        }
        java.util.BitSet out = new java.util.BitSet(n);
        for (int bucket : buckets) {
            for (int i = from(bucket, p), end = end(bucket); i < end; i++) {
                out.set(entries[i]);
            }
        }
        return out;
    }

    /**
     * The bucket of the shortest list that every title holding {@code words} (UTF-8, as {@link TitleRanks#holds}
     * takes them: each a whole word of the title, the last the start of one) is in; -1 when there is none (each word
     * is a prefix of fewer than three bytes).
     */
    int shortest(byte[][] words) {
        int best = -1;
        for (int k = 0; k < words.length; k++) {
            byte[] w = words[k];
            for (int j = 0; j < w.length; j++) {
                if (w[j] != ' ' && (j == 0 || w[j - 1] == ' ')) {
                    int end = j;
                    while (end < w.length && w[end] != ' ') {
                        end++;
                    }
                    boolean prefix = k == words.length - 1 && end == w.length;
                    if (!prefix || end - j >= 3) {
                        int b = bucket(w, j, end);
                        if (best < 0 || size(b) < size(best)) {
                            best = b;
                        }
                    }
                }
            }
        }
        return best;
    }

    int size(int bucket) {
        return offset[bucket + 1] - offset[bucket];
    }

    /** The index in {@link #at} of the first position of the bucket's list at or after {@code p}. */
    int from(int bucket, int p) {
        int i = Arrays.binarySearch(entries, offset[bucket], offset[bucket + 1], p);
        return i >= 0 ? i : -i - 1;
    }

    /** The end (exclusive) of the bucket's list in {@link #at}. */
    int end(int bucket) {
        return offset[bucket + 1];
    }

    int at(int i) {
        return entries[i];
    }
}
