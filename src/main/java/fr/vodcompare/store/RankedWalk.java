package fr.vodcompare.store;

import fr.vodcompare.store.TitleOrder.Match;
import fr.vodcompare.store.TitleOrder.Segment;
import fr.vodcompare.store.TitlePages.Cursor;
import fr.vodcompare.store.TitlePages.KeySink;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search segment of the relevance order walked over {@link TitleRanks}: the same keys, in the same order, as
 * {@link TitlePages}' walk of the store gives, found without reading a title row but the ones shown. The titles
 * named exactly as typed are found by a binary search of the title order. A title segment is tested in title order
 * in memory, only on the titles of the shortest list of {@link WordStarts} when a word has one; where the store's walk
 * would give up and take the full-text index's candidates instead (the same title), the matches after it must also
 * be the index's. A director and cast segment
 * takes the index's candidates, marked by their position in title order and tested in that order: from a query
 * without the last word when that is a short prefix (the index merges every word it starts: slow on a large
 * catalogue), then the query itself asked of the few titles passing the test ({@link FtsProbe}). The store is asked
 * for what memory does not hold, a batch of titles at a time, in one statement: which of them the catalogues shown
 * list, and their texts.
 */
final class RankedWalk {
    /** Titles checked in the store at once at first; a batch passing few doubles the next, up to {@link #MAX_BATCH}. */
    static final int BATCH = 256;
    static final int MAX_BATCH = 4096;
    /**
     * A prefix of three letters starting words of more than one title in this many is merged by the index too slowly
     * (about 20 ms for "cha" at 1,000,000 titles, under 3 ms for "coo"): the other words are asked instead.
     */
    static final int COMMON = 20;
    /**
     * A search of one word of two letters walks the titles of the lists of the words it starts ({@link
     * WordStarts#startingWith}) when they hold fewer than one title in this many (the first page of "ke" among the
     * series of 1,000,000 titles: 4 ms, against 11 ms walking every title); a walk of every title finds the first
     * matches of a commoner one sooner.
     */
    static final int FEW_STARTS = 16;

    private final Connection c;
    private final TitleRanks r;
    private final Segment g;
    private final int index;
    private final TitleFilter filter;
    private final SearchText text;
    private final SearchText.Words words;
    private final byte[][] wordBytes;
    private final byte[] exact;
    private final long[] starts;
    private final boolean[] platformsKept;
    private final TitleWhere[] w;
    /**
     * The titles the catalogues shown list, by id, when the ranks hold them for this filter (the current catalogues of
     * its territory, no snapshot): tested here instead of by the store; else null.
     */
    private final java.util.BitSet shown;
    /** The full-text query the store's walk takes its candidates from (the test then decides). */
    private final String query;
    /** True when the words typed are plain ({@link FtsProbe#plain}): a plain title's answer to the query is then known. */
    private final boolean plainWords;
    /**
     * The full-text query the candidates of a director and cast segment are taken from when it is not {@link #query}:
     * one matching more titles, quicker to ask ({@link TitleOrder#widerCandidates}, {@link TitleOrder#othersWhole});
     * null for the query itself.
     */
    private final String wider;
    /**
     * What a candidate of the wider query must start a word with ({@link TitleRanks#mayStart}): the last word
     * (normalised) when it is of one or two letters, which the query leaves out or takes long to match; its first
     * two letters when it is of three that start the words of too many titles for the index to merge them quickly
     * ({@link #COMMON}); else null.
     */
    private final String weak;
    private int[] batch = new int[BATCH];
    /** By batch slot: the title must also be a match of the full-text query, as the store's walk takes it from there. */
    private boolean[] indexed = new boolean[BATCH];
    private int pending;

    RankedWalk(Connection c, TitleRanks r, TitleFilter filter, Segment g, int index) throws Exception {
        this.c = c;
        this.r = r;
        this.g = g;
        this.index = index;
        this.filter = filter;
        this.text = SearchText.parse(filter.search());
        this.words = text.normalised();
        this.wordBytes = words.list().stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        this.exact = text.exactTitle().getBytes(StandardCharsets.UTF_8);
        this.starts = TitleRanks.startsOf(wordBytes);
        this.platformsKept = r.platformsKept(filter.platformIds());
        this.shown = filter.snapshotId() == null ? r.shown(filter.territory()) : null;
        // the catalogues shown are tested here when the ranks hold them: no need to read the snapshots for the store
        this.w = shown != null ? TitleWhere.split(c, filter) : TitleWhere.splitResolved(c, filter);
        this.query = TitleOrder.candidates(g.match(), text);
        this.plainWords = text.words().stream().allMatch(FtsProbe::plain);
        String last = words.list().get(words.list().size() - 1);
        boolean people = g.match() != Match.EXACT && g.match() != Match.TITLE;
        String w = people ? TitleOrder.widerCandidates(g.match(), text) : null;
        String start = g.match() == Match.OTHER && !last.isEmpty() && last.length() < 3 ? last : null;
        if (people && w == null && last.length() == 3 && last.indexOf(' ') < 0 && r.titlesStarting(last) > r.size() / COMMON) {
            w = TitleOrder.othersWhole(g.match(), text);
            start = w == null ? null : last.substring(0, 2);
        }
        this.wider = w;
        this.weak = start;
    }

    /**
     * True when the ranks can walk the search segments of {@code filter}: what it asks of a title beyond the words
     * is a platform and a kind (held in memory) and the catalogues shown (asked of the store), and {@code from}, if
     * any, is a title they hold.
     */
    static boolean handles(TitleRanks r, TitleFilter f, Cursor from) {
        return f.genreId() == null && f.origin() == null && f.yearFrom() == null && f.yearTo() == null && f.addedFrom() == null
                && f.addedTo() == null && !f.originalsOnly() && (from == null || r.position(from.id()) >= 0);
    }

    /** Walks the segment from just after {@code from} (null: from its start); false when the sink stopped. */
    boolean run(Cursor from, KeySink sink) throws Exception {
        int p = from == null ? 0 : r.position(from.id()) + 1;
        if (g.match() == Match.EXACT) {
            for (int q = r.first(exact, p); q < r.size() && r.is(q, exact); q++) {
                if (r.kept(q, platformsKept, filter.kind()) && !add(q, false, sink)) {
                    return false;
                }
            }
            return flush(sink);
        }
        if (g.match() == Match.TITLE) {
            return walk(p, sink) && flush(sink);
        }
        BitSet marked = candidates(wider == null ? query : wider, p);
        for (int q = marked.nextSetBit(p); q >= 0; q = marked.nextSetBit(q + 1)) {
            if (!add(q, wider != null, sink)) {
                return false;
            }
        }
        return flush(sink);
    }

    /**
     * Tests the titles in order from {@code p}. The store's walk gives up at a title failing the test once
     * {@link TitlePages#WALK_CHECK} more titles are read and fewer than one in {@link TitlePages#WALK_RATIO} matched,
     * and takes the rest from the full-text index: the matches after that title are marked to be checked against it.
     * False when the sink stopped.
     */
    private boolean walk(int p, KeySink sink) throws Exception {
        WordStarts ws = r.words();
        int list = ws.shortest(wordBytes);
        if (list >= 0) {
            int[] i = {ws.from(list, p)};
            int end = ws.end(list);
            return walkListed(p, () -> i[0] < end ? ws.at(i[0]++) : -1, sink);
        }
        BitSet two = wordBytes.length == 1 && wordBytes[0].length == 2 && wordBytes[0][0] != ' ' && wordBytes[0][1] != ' '
                ? ws.startingWith(wordBytes[0], p, r.size(), r.size() / FEW_STARTS) : null;
        if (two != null) {
            int[] q = {p - 1};
            return walkListed(p, () -> q[0] = two.nextSetBit(q[0] + 1), sink);
        }
        Progress walked = new Progress();
        for (int q = p; q < r.size(); q++) {
            if (r.kept(q, platformsKept, filter.kind()) && !walked.test(q, sink)) {
                return false;
            }
        }
        return true;
    }

    /**
     * As {@link #walk}, testing only the titles at {@code listed}'s positions (increasing from {@code p}, -1 at the
     * end: the others fail the test): the titles kept between two of them are counted as read and failed, so that the
     * walk gives up where {@link #walk} would.
     */
    private boolean walkListed(int p, java.util.function.IntSupplier listed, KeySink sink) throws Exception {
        KeptCounts kept = r.keptCounts(platformsKept, filter.kind());
        Progress walked = new Progress();
        int counted = p; // the titles before this position are counted as read
        for (int q = listed.getAsInt(); q >= 0; q = listed.getAsInt()) {
            if (!r.kept(q, platformsKept, filter.kind())) {
                continue;
            }
            walked.failed(kept == null ? q - counted : kept.between(counted, q));
            counted = q + 1;
            if (!walked.test(q, sink)) {
                return false;
            }
        }
        return true;
    }

    /** Where a walk in title order stands: titles read and matched, and whether it gave up (the index's from then). */
    private final class Progress {
        private int read;
        private int hits;
        private int checkAt = TitlePages.WALK_CHECK;
        private boolean fromIndex;

        /** Tests the kept title at {@code q}, gives it to the sink when it matches; false when the sink stopped. */
        boolean test(int q, KeySink sink) throws Exception {
            read++;
            if (title(q)) {
                hits++;
                return add(q, fromIndex, sink);
            }
            check();
            return true;
        }

        /** Counts {@code n} kept titles in a row that fail the test, as {@link #test} would one by one. */
        void failed(int n) {
            while (n > 0 && !fromIndex) {
                int at = Math.max(read + 1, checkAt); // read at the next failure that checks
                if (read + n < at) {
                    read += n;
                    return;
                }
                n -= at - read;
                read = at;
                check();
            }
        }

        /** After a title failing the test: gives up once enough are read and too few matched. */
        private void check() {
            if (!fromIndex && read >= checkAt) {
                fromIndex = hits * TitlePages.WALK_RATIO < read;
                checkAt += TitlePages.WALK_CHECK;
            }
        }
    }

    /** The test of a title match, on the title in memory. */
    private boolean title(int q) {
        return r.holds(q, wordBytes, starts) && !r.is(q, exact);
    }

    /**
     * The positions from {@code p} of the candidates of {@code fts} that pass what memory can test (the ids of the
     * last few queries are held: {@link RecentMatches}). They are tested a
     * test at a time over all of them, each pass over arrays by id: the reads of one pass do not wait on each other,
     * so that the memory serves many at once (tens of thousands of candidates spread over a million titles each read a
     * cache line apart; tested one candidate at a time, the same checks took two to three times as long).
     */
    private BitSet candidates(String fts, int p) throws Exception {
        BitSet out = new BitSet(r.size());
        int[] ids = r.matches().ids(c, fts);
        int n = ids.length;
        int[] at = new int[n];
        r.positions(ids, n, at);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int id = ids[i];
            if (at[i] >= p && r.keptId(id, platformsKept, filter.kind()) && (shown == null || shown.get(id))) {
                ids[kept] = id;
                at[kept++] = at[i];
            }
        }
        n = kept;
        if (weak != null) {
            n = r.mayStart(ids, at, n, weak); // first: read by id, in order, and leaves fewer to read by position
        }
        if (g.match() == Match.OTHER) {
            n = r.notTitleMatches(ids, at, n, wordBytes, starts); // a title match is the title segment's
        }
        for (int i = 0; i < n; i++) {
            out.set(at[i]);
        }
        return out;
    }

    private boolean add(int q, boolean fromIndex, KeySink sink) throws Exception {
        indexed[pending] = fromIndex;
        batch[pending++] = q;
        return pending < batch.length || flush(sink);
    }

    /**
     * Asks the store which titles of the batch the filter keeps, with their texts; tests them, checks the ones that
     * must be the full-text index's; gives the ones passing to the sink in order. False when it stopped.
     */
    private boolean flush(KeySink sink) throws Exception {
        if (pending == 0) {
            return true;
        }
        Map<Long, FtsProbe.Texts> rows = read();
        FtsProbe.Texts[] passing = new FtsProbe.Texts[pending];
        boolean[] asked = new boolean[pending];
        for (int i = 0; i < pending; i++) {
            FtsProbe.Texts t = rows.get(r.id(batch[i]));
            if (t != null && (g.match() == Match.TITLE || g.match() == Match.EXACT || TitleOrder.passes(g.match(), text, words, r.name(batch[i]), t.director(), t.cast()))) {
                passing[i] = t;
                asked[i] = indexed[i] && !(plainWords && FtsProbe.plain(t.name()) && FtsProbe.plain(t.director())
                        && FtsProbe.plain(t.cast()));
            }
        }
        List<FtsProbe.Texts> ask = new ArrayList<>();
        for (int i = 0; i < pending; i++) {
            if (asked[i]) {
                ask.add(passing[i]);
            }
        }
        Set<Long> matched = ask.isEmpty() ? Set.of() : FtsProbe.matching(c, query, ask);
        int given = 0;
        for (int i = 0; i < pending; i++) {
            FtsProbe.Texts t = passing[i];
            if (t == null || asked[i] && !matched.contains(t.id())) {
                continue;
            }
            given++;
            if (!sink.accept(new Cursor(index, r.name(batch[i]), t.id()))) {
                pending = 0;
                return false;
            }
        }
        if (given * 2 < pending && batch.length < MAX_BATCH) {
            batch = new int[batch.length * 2];
            indexed = new boolean[batch.length];
        }
        pending = 0;
        return true;
    }

    /**
     * The titles of the batch the filter keeps, by id, with their name (and director and cast when tested). A title
     * segment whose batch needs no text (none to check against the index) is answered from memory when it holds the
     * catalogues shown: the batch is of titles of the platforms and kind kept.
     */
    private Map<Long, FtsProbe.Texts> read() throws Exception {
        boolean people = g.match() != Match.TITLE && g.match() != Match.EXACT;
        Map<Long, FtsProbe.Texts> out = new HashMap<>();
        if (shown != null && !people && !anyIndexed()) {
            for (int i = 0; i < pending; i++) {
                long id = r.id(batch[i]);
                if (shown.get((int) id)) {
                    out.put(id, new FtsProbe.Texts(id, null, null, null));
                }
            }
            return out;
        }
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < pending; i++) {
            marks.append(i == 0 ? "?" : ",?");
        }
        TitleWhere scope = shown == null ? w[1] : null; // else tested here
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.name" + (people ? ", t.director, t.cast_list" : "")
                + " FROM title t NOT INDEXED WHERE t.id IN (" + marks + ")" + w[0].and() + (scope == null ? "" : scope.and()))) {
            for (int i = 0; i < pending; i++) {
                ps.setLong(i + 1, r.id(batch[i]));
            }
            int next = w[0].bind(ps, pending + 1);
            if (scope != null) {
                scope.bind(ps, next);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (scope == null && !shown.get((int) id)) {
                        continue;
                    }
                    out.put(id, new FtsProbe.Texts(id, rs.getString(2), people ? rs.getString(3) : null, people ? rs.getString(4) : null));
                }
            }
        }
        return out;
    }

    private boolean anyIndexed() {
        for (int i = 0; i < pending; i++) {
            if (indexed[i]) {
                return true;
            }
        }
        return false;
    }
}
