package fr.vodcompare.bench;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleBrowseQueries.Genre;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.store.TitleFilter.Origin;
import fr.vodcompare.store.TitlePages;
import fr.vodcompare.store.TitlePagesFromEnd;
import fr.vodcompare.store.TitleSort;
import fr.vodcompare.ui.catalogue.CatalogueCount;
import fr.vodcompare.ui.catalogue.CatalogueScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue screen's pages under each filter a user can click, timed in process through the store API the window
 * uses: for each genre, each production-country group (the screen's origin filter: France, Europe, outside Europe),
 * each kind, each platform alone, each snapshot chosen, originals only and a few combinations, the first page of 200
 * rows in the default order, the page after it (the rows after its last key), the last page (read from the end, as the
 * End key does) and the count the screen makes after its first page (up to {@link CatalogueCount#CAP} and one); then
 * the rarest genre in every order, both ways, and the commonest genre and no filter in the orders an index walks (in
 * every order with {@code --all-orders}: the others take seconds at a million titles, filter or not). One warm-up
 * round, then several timed rounds; prints each group's median and worst, and every filter whose page took longer than
 * {@code -Dbench.slowMs} (50 ms). Not a test: figures to read.
 *
 * <pre>java -cp target/test-classes:target/vodcompare.jar fr.vodcompare.bench.FilterLatency STORE [--json] [--rounds N]
 *     [--groups genre,kind,...] [--all-orders]</pre>
 * Reads the store only; give it a copy all the same (opening it may bring an older store's schema up to date). With
 * {@code --json} the last line of stdout is one JSON object: {@code filter_first_page_ms} and
 * {@code filter_next_page_ms}, each {@code median}, {@code min}, {@code max} over every filter in the default order and
 * every round (the other orders are printed only).
 */
public final class FilterLatency {
    private static final int PAGE = 200;
    private static final double SLOW_MS = Integer.getInteger("bench.slowMs", 50);
    /** The orders an index walks (the others are timed with {@code --all-orders}). */
    private static final java.util.Set<TitleSort.Key> INDEXED = java.util.EnumSet.of(TitleSort.Key.NAME, TitleSort.Key.PLATFORM,
            TitleSort.Key.KIND, TitleSort.Key.YEAR);

    private FilterLatency() {
    }

    /** One filter of the screen, in a group of its kind, with the order it is read in. */
    private record Case(String group, String name, TitleFilter filter, TitleSort sort) {
    }

    public static void main(String[] args) throws Exception {
        Path file = null;
        boolean json = false;
        int rounds = 3;
        List<String> only = null;
        boolean allOrders = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--groups" -> only = List.of(args[++i].split(","));
                case "--all-orders" -> allOrders = true;
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null || !Files.exists(file)) {
            System.err.println("usage: FilterLatency STORE [--json] [--rounds N] [--groups G,...] [--all-orders] (an existing store)");
            System.exit(2);
        }
        try (Store store = Store.open(file)) {
            TitleBrowseQueries q = new TitleBrowseQueries(store.database());
            List<String> groupsTimed = only;
            List<Case> cases = cases(store, q, allOrders).stream()
                    .filter(c -> groupsTimed == null || c.group().equals("none") || groupsTimed.contains(c.group())).toList();
            System.out.printf(Locale.ROOT, "%d filters and orders, %d titles in the current catalogues%n", cases.size(),
                    q.count(cases.get(0).filter()));
            time(q, cases, 1); // warm-up: class loading, JIT, SQLite's page cache
            Map<Case, double[][]> ms = time(q, cases, rounds);
            List<Double> first = new ArrayList<>();
            List<Double> next = new ArrayList<>();
            Map<String, List<Double>[]> groups = new LinkedHashMap<>();
            for (Map.Entry<Case, double[][]> e : ms.entrySet()) {
                @SuppressWarnings("unchecked")
                List<Double>[] g = groups.computeIfAbsent(e.getKey().group(),
                        k -> new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()});
                for (double[] round : e.getValue()) {
                    for (int i = 0; i < 4; i++) {
                        g[i].add(round[i]);
                    }
                    if (e.getKey().sort().equals(TitleSort.DEFAULT)) {
                        first.add(round[0]);
                        next.add(round[1]);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-22s %5s  %-21s %-21s %-21s %-21s%n", "group", "cases", "first page med/worst",
                    "next page med/worst", "last page med/worst", "count med/worst");
            for (Map.Entry<String, List<Double>[]> e : groups.entrySet()) {
                List<Double>[] g = e.getValue();
                System.out.printf(Locale.ROOT, "%-22s %5d  %8.1f / %8.1f ms %8.1f / %8.1f ms %8.1f / %8.1f ms %8.1f / %8.1f ms%n",
                        e.getKey(), g[0].size() / rounds, median(g[0]), max(g[0]), median(g[1]), max(g[1]), median(g[2]), max(g[2]),
                        median(g[3]), max(g[3]));
            }
            int slow = 0;
            for (Map.Entry<Case, double[][]> e : ms.entrySet()) {
                double[] worst = new double[4];
                double[] mid = new double[4];
                for (int i = 0; i < 4; i++) {
                    List<Double> v = new ArrayList<>();
                    for (double[] round : e.getValue()) {
                        v.add(round[i]);
                    }
                    worst[i] = max(v);
                    mid[i] = median(v);
                }
                if (Math.max(worst[0], Math.max(worst[1], worst[2])) > SLOW_MS) {
                    slow++;
                    Case c = e.getKey();
                    System.out.printf(Locale.ROOT, "slow: %s %s (%s): first %.1f, next %.1f, last %.1f ms, count %.1f ms (median; "
                            + "worst %.1f, %.1f, %.1f, %.1f)%n", c.group(), c.name(), c.sort(), mid[0], mid[1], mid[2], mid[3], worst[0],
                            worst[1], worst[2], worst[3]);
                }
            }
            System.out.printf(Locale.ROOT, "%d of %d filters and orders had a page slower than %.0f ms; in the default order, first "
                    + "page median %.1f ms, worst %.1f ms; next page median %.1f ms, worst %.1f ms%n", slow, cases.size(), SLOW_MS,
                    median(first), max(first), median(next), max(next));
            if (json) {
                System.out.printf(Locale.ROOT, "{\"filter_first_page_ms\":{\"median\":%.2f,\"min\":%.2f,\"max\":%.2f},"
                                + "\"filter_next_page_ms\":{\"median\":%.2f,\"min\":%.2f,\"max\":%.2f}}%n",
                        median(first), min(first), max(first), median(next), min(next), max(next));
            }
        }
    }

    /** Every filter timed, as the window builds them: the current catalogues in the newest snapshot's territory. */
    private static List<Case> cases(Store store, TitleBrowseQueries q, boolean allOrders) throws Exception {
        List<Snapshot> snapshots = store.catalogue().snapshots();
        TitleFilter shown = TitleFilter.ALL.withTerritory(CatalogueScope.territory(null, snapshots));
        TitleSort sort = TitleSort.DEFAULT;
        List<Case> out = new ArrayList<>();
        out.add(new Case("none", "every title", shown, sort));
        List<Genre> genres = q.genres();
        for (Genre g : genres) {
            out.add(new Case("genre", g.name() + " (" + g.titles() + ")", with(shown, null, g.id(), null), sort));
        }
        for (Origin o : Origin.values()) {
            out.add(new Case("origin", o.name(), with(shown, null, null, o), sort));
        }
        for (Kind k : Kind.values()) {
            out.add(new Case("kind", k.name(), with(shown, k, null, null), sort));
        }
        for (String p : q.platformsWithCatalogue()) {
            out.add(new Case("platform", p, shown.withPlatforms(List.of(p)), sort));
        }
        for (Snapshot s : snapshots) {
            out.add(new Case("snapshot", s.platformId() + " " + s.asOf() + " (" + s.titleCount() + ")",
                    TitleFilter.ALL.withSnapshot(s.id()), sort));
        }
        out.add(new Case("originals", "originals only", new TitleFilter(null, List.of(), null, null, null, null, null, null, null,
                true, null, shown.territory()), sort));
        Genre rarest = genres.stream().min(Comparator.comparingInt(Genre::titles)).orElseThrow();
        Genre commonest = genres.stream().max(Comparator.comparingInt(Genre::titles)).orElseThrow();
        String smallest = store.titles().platformCounts().stream()
                .filter(c -> c.titles() > 0).min(Comparator.comparingInt(fr.vodcompare.store.TitleQueries.PlatformCount::titles))
                .orElseThrow().platformId();
        out.add(new Case("combination", "series, " + commonest.name(), with(shown, Kind.SERIES, commonest.id(), null), sort));
        out.add(new Case("combination", "films, " + rarest.name(), with(shown, Kind.FILM, rarest.id(), null), sort));
        out.add(new Case("combination", "France, series", with(shown, Kind.SERIES, null, Origin.FRANCE), sort));
        out.add(new Case("combination", "France, " + rarest.name(), with(shown, null, rarest.id(), Origin.FRANCE), sort));
        out.add(new Case("combination", smallest + ", " + commonest.name(),
                with(shown, null, commonest.id(), null).withPlatforms(List.of(smallest)), sort));
        out.add(new Case("combination", "released 1920-1925", new TitleFilter(null, List.of(), null, null, null, 1920, 1925, null,
                null, false, null, shown.territory()), sort));
        for (TitleSort.Key key : TitleSort.Key.values()) {
            if (key == TitleSort.Key.RELEVANCE) {
                continue;
            }
            for (boolean up : new boolean[] {true, false}) {
                TitleSort s = new TitleSort(key, up);
                out.add(new Case("orders: rarest genre", rarest.name(), with(shown, null, rarest.id(), null), s));
                // the orders no index walks read and sort every title kept: a second or more at a million, filter or not
                if (allOrders || INDEXED.contains(key)) {
                    out.add(new Case("orders: commonest", commonest.name(), with(shown, null, commonest.id(), null), s));
                    out.add(new Case("orders: no filter", "every title", shown, s));
                }
            }
        }
        return out;
    }

    private static TitleFilter with(TitleFilter shown, Kind kind, Long genreId, Origin origin) {
        return new TitleFilter(null, shown.platformIds(), kind, genreId, origin, null, null, null, null, false, null,
                shown.territory());
    }

    /** Each case's first, next and last page and its count, {@code rounds} times: milliseconds by case, by round. */
    private static Map<Case, double[][]> time(TitleBrowseQueries q, List<Case> cases, int rounds) throws Exception {
        TitlePages pages = q.pages();
        TitlePagesFromEnd fromEnd = q.pagesFromEnd();
        Map<Case, double[][]> out = new LinkedHashMap<>();
        for (Case c : cases) {
            out.put(c, new double[rounds][4]);
        }
        for (int r = 0; r < rounds; r++) {
            for (Case c : cases) {
                double[] ms = out.get(c)[r];
                long t = System.nanoTime();
                TitlePages.Page first = pages.after(c.filter(), c.sort(), null, PAGE);
                ms[0] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                if (first.rows().size() == PAGE) {
                    pages.after(c.filter(), c.sort(), first.last(), PAGE);
                }
                ms[1] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                if (TitlePagesFromEnd.reversible(c.filter(), c.sort())) {
                    fromEnd.before(c.filter(), c.sort(), null, PAGE);
                }
                ms[2] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                if (c.sort().equals(TitleSort.DEFAULT)) {
                    // the count does not depend on the order: once per filter
                    q.count(c.filter(), CatalogueCount.CAP + 1);
                }
                ms[3] = (System.nanoTime() - t) / 1e6;
            }
        }
        return out;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return Collections.max(values);
    }

    private static double min(List<Double> values) {
        return Collections.min(values);
    }
}
