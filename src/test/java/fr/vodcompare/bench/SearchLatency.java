package fr.vodcompare.bench;

import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Title;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.store.TitlePages;
import fr.vodcompare.ui.catalogue.CatalogueCount;
import fr.vodcompare.ui.catalogue.CatalogueScope;
import fr.vodcompare.store.TitleQueries;
import fr.vodcompare.store.TitleSort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the catalogue screen does on each keystroke (the first page of 200 rows in the default order), timed
 * in process for every prefix of real titles, directors and actors taken from the bundled catalogues, as a
 * user types them: with no filter, with a platform filter (the largest platform) and with a kind filter
 * (series). Then a page of 200 deep in the list (rows 100k, 500k and the last ones), sorted by title and by
 * year. Not a test: figures to read.
 *
 * <pre>java -cp target/test-classes:target/vodcompare.jar fr.vodcompare.bench.SearchLatency [STORE] [--json]</pre>
 * With {@code --json} the last line of stdout is one JSON object: {@code search_p50_ms}, {@code search_p95_ms},
 * {@code search_p99_ms}, {@code page_deep_ms} ({@code median}, {@code min}, {@code max}).
 */
public final class SearchLatency {
    private static final int PAGE = 200;
    /** How many times each search is typed ({@code -Dbench.rounds}). */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    /** Keystrokes slower than this are named on stderr ({@code -Dbench.slowMs}). */
    private static final double SLOW_MS = Integer.getInteger("bench.slowMs", 50);

    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        boolean json = List.of(args).contains("--json");
        List<String> paths = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
        Path file = paths.isEmpty() ? Files.createTempDirectory("latency").resolve("store.db") : Path.of(paths.get(0));
        try (Store store = StoreSetup.open(file, s -> { })) {
            TitleBrowseQueries q = new TitleBrowseQueries(store.database());
            Screen screen = new Screen(store);
            // as the window does once the store is open: the titles' order in memory, read in the background
            long t0 = System.nanoTime();
            boolean ranked = screen.pages.awaitSearch();
            System.out.printf(Locale.ROOT, "search ranks %s in %.0f ms, heap used %d MB%n", ranked ? "ready" : "not held",
                    (System.nanoTime() - t0) / 1e6, usedMb());
            List<String> typed = typed(q);
            String biggest = store.titles().platformCounts().stream()
                    .max(java.util.Comparator.comparingInt(TitleQueries.PlatformCount::titles)).orElseThrow().platformId();
            System.out.printf(Locale.ROOT, "%d searches typed letter by letter: %s%n", typed.size(), typed);
            // as the screen asks: the current catalogues in the territory of the newest one
            TitleFilter shown = TitleFilter.ALL.withTerritory(CatalogueScope.territory(null, store.catalogue().snapshots()));
            System.out.printf(Locale.ROOT, "territory of the current catalogues: %s%n", shown.territory());
            keystrokes(screen, typed.subList(0, 5), shown, 1); // warm-up
            List<Double> all = new ArrayList<>();
            for (var e : List.of(
                    new Object[] {"every platform", shown},
                    new Object[] {"platform " + biggest, shown.withPlatforms(List.of(biggest))},
                    new Object[] {"series only", new TitleFilter(null, List.of(), Kind.SERIES, null, null, null, null, null,
                            null, false, null).withTerritory(shown.territory())})) {
                List<Double> ms = keystrokes(screen, typed, (TitleFilter) e[1], ROUNDS);
                report("first page, " + e[0], ms);
                all.addAll(ms);
            }
            Collections.sort(all);
            report("first page, all keystrokes", all);
            report("first page, all keystrokes, CPU time of the reading thread (warm-up included)", screen.cpu());
            report("count up to " + CatalogueCount.CAP + ", after the first page", screen.counts());
            List<Double> deep = deepPages(screen);
            Collections.sort(deep);
            if (json) {
                System.out.printf(Locale.ROOT, "{\"search_p50_ms\":%.2f,\"search_p95_ms\":%.2f,\"search_p99_ms\":%.2f,"
                                + "\"page_deep_ms\":{\"median\":%.2f,\"min\":%.2f,\"max\":%.2f}}%n",
                        pct(all, 50), pct(all, 95), pct(all, 99), pct(deep, 50), deep.get(0), deep.get(deep.size() - 1));
            }
        }
    }

    /** Each search as typed: real titles, directors and actors of the bundled catalogues, picked evenly. */
    private static List<String> typed(TitleBrowseQueries q) throws Exception {
        Set<String> out = new LinkedHashSet<>();
        List<String> directors = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        for (String platform : List.of("netflix", "prime_video")) {
            TitleFilter f = TitleFilter.ALL.withPlatforms(List.of(platform));
            int n = q.count(f);
            for (int i = 1; i <= 8; i++) {
                Title t = q.page(f, new TitleSort(TitleSort.Key.NAME, true), n * i / 9, 1).get(0).title();
                out.add(t.name());
                if (t.director() != null && directors.size() < 6) {
                    directors.add(t.director().split(",")[0].strip());
                }
                if (t.cast() != null && actors.size() < 6) {
                    actors.add(t.cast().split(",")[0].strip());
                }
            }
        }
        out.addAll(directors);
        out.addAll(actors);
        out.addAll(List.of("lupin", "omar sy", "amélie"));
        return List.copyOf(out);
    }

    private static List<Double> keystrokes(Screen screen, List<String> typed, TitleFilter base, int rounds) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String text : typed) {
                for (int i = 1; i <= text.length(); i++) {
                    if (Character.isWhitespace(text.charAt(i - 1))) {
                        continue;
                    }
                    TitleFilter f = base.withSearch(text.substring(0, i));
                    double took = screen.firstPage(f);
                    ms.add(took);
                    if (took > SLOW_MS) {
                        System.err.printf(Locale.ROOT, "slow keystroke: %.1f ms (CPU %.1f ms) for '%s' (%s)%n", took,
                                screen.cpu().get(screen.cpu().size() - 1), f.search(), base);
                    }
                }
            }
        }
        return ms;
    }

    private static List<Double> deepPages(Screen screen) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (TitleSort sort : List.of(new TitleSort(TitleSort.Key.NAME, true), new TitleSort(TitleSort.Key.YEAR, false))) {
            long t0 = System.nanoTime();
            int n = screen.prepare(TitleFilter.ALL, sort);
            System.out.printf(Locale.ROOT, "%s: %d rows, ready for jumps in %.1f ms%n", sort, n, (System.nanoTime() - t0) / 1e6);
            for (int round = 0; round < 3; round++) {
                for (int row : new int[] {100_000, 500_000, 999_000, n - PAGE}) {
                    int at = Math.max(0, Math.min(row, n - 1)) / PAGE * PAGE;
                    long t = System.nanoTime();
                    List<Row> page = screen.page(TitleFilter.ALL, sort, at);
                    double took = (System.nanoTime() - t) / 1e6;
                    ms.add(took);
                    if (round == 0) {
                        System.out.printf(Locale.ROOT, "  page at row %d: %.2f ms, first %s%n", at, took,
                                page.isEmpty() ? "-" : page.get(0).title().name());
                    }
                }
            }
        }
        return ms;
    }

    private static long usedMb() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }

    private static void report(String what, List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        System.out.printf(Locale.ROOT, "%s: %d keystrokes, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                s.size(), pct(s, 50), pct(s, 95), pct(s, 99), s.get(s.size() - 1));
    }

    /** What the catalogue screen asks the store for. */
    private static final class Screen {
        private final TitleBrowseQueries q;
        private final TitlePages pages;
        private List<TitlePages.Cursor> ends = List.of();
        private final List<Double> counts = new ArrayList<>();
        /** The CPU time of each first page (the store is read on the calling thread): the load of the machine aside. */
        private final List<Double> cpu = new ArrayList<>();
        private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

        Screen(Store store) {
            this.q = new TitleBrowseQueries(store.database());
            this.pages = new TitlePages(store.database());
        }

        /**
         * A keystroke: returns the milliseconds until its first page is read. The count follows, timed apart: the
         * window shows the page first and counts on other workers, so the next keystroke never waits for it.
         */
        double firstPage(TitleFilter f) throws Exception {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<Row> rows = pages.after(f, TitleSort.DEFAULT, null, PAGE).rows();
            double page = (System.nanoTime() - t0) / 1e6;
            cpu.add((CPU.getCurrentThreadCpuTime() - c0) / 1e6);
            long t = System.nanoTime();
            if (rows.size() == PAGE) {
                q.count(f, CatalogueCount.CAP + 1);
            }
            counts.add((System.nanoTime() - t) / 1e6);
            return page;
        }

        /** What runs once per result, in the background, before pages anywhere can be read; returns the rows. */
        int prepare(TitleFilter f, TitleSort s) throws Exception {
            ends = pages.pageEnds(f, s, PAGE);
            return q.count(f);
        }

        /** A page deep in the list: the rows after the last key of the page before. */
        List<Row> page(TitleFilter f, TitleSort s, int offset) throws Exception {
            int n = offset / PAGE;
            return pages.after(f, s, n == 0 ? null : ends.get(n - 1), PAGE).rows();
        }

        List<Double> counts() {
            return counts;
        }

        List<Double> cpu() {
            return cpu;
        }
    }
}
