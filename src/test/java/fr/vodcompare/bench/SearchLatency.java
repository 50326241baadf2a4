package fr.vodcompare.bench;

import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.store.TitleSort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the catalogue does on each keystroke (count the matches, read the first page of 200), timed on the
 * bundled data, for every prefix of a few searches. Not a test: run it by hand and read the figures.
 * {@code java -cp target/test-classes:target/vodcompare.jar fr.vodcompare.bench.SearchLatency [STORE]}
 */
public final class SearchLatency {
    private static final List<String> TYPED = List.of("lupin", "omar sy", "amélie", "stranger things", "the", "documentary",
            "zzz");

    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("latency").resolve("store.db");
        try (Store store = StoreSetup.open(file, s -> { })) {
            TitleBrowseQueries q = new TitleBrowseQueries(store.database());
            run(q, 3, TitleFilter.ALL);
            List<Double> all = run(q, 20, TitleFilter.ALL);
            report("every title", all);
            report("Netflix only, series", run(q, 20, new TitleFilter(null, List.of("netflix"),
                    fr.vodcompare.model.Kind.SERIES, null, null, null, null, null, null, false, null)));
            long t = System.nanoTime();
            q.count(TitleFilter.ALL);
            q.page(TitleFilter.ALL, TitleSort.DEFAULT, 0, 200);
            System.out.printf("no search (first screen): %.1f ms%n", (System.nanoTime() - t) / 1e6);
        }
    }

    private static List<Double> run(TitleBrowseQueries q, int rounds, TitleFilter base) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String text : TYPED) {
                for (int i = 1; i <= text.length(); i++) {
                    TitleFilter f = base.withSearch(text.substring(0, i));
                    long t = System.nanoTime();
                    int n = q.count(f);
                    if (n > 0) {
                        q.page(f, TitleSort.DEFAULT, 0, 200);
                    }
                    ms.add((System.nanoTime() - t) / 1e6);
                }
            }
        }
        return ms;
    }

    private static void report(String what, List<Double> ms) {
        Collections.sort(ms);
        System.out.printf("%s: %d keystrokes, median %.2f ms, p95 %.2f ms, max %.2f ms%n", what, ms.size(),
                ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), ms.get(ms.size() - 1));
    }
}
