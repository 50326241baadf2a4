package fr.vodcompare.bench;

import fr.vodcompare.analysis.KeyFigures;
import fr.vodcompare.analysis.MarketData;
import fr.vodcompare.analysis.Overlap;
import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.cli.Cli;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.Platform;
import fr.vodcompare.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the Compare dashboard shows, computed in process as the window does when Compare is opened: the key
 * figures (and the platforms with data), the data of every chart of the dashboard and the overlap section, for the
 * default platforms plus every platform with a catalogue. One warm-up round, then several timed rounds; prints each
 * chart's time (median) and, as its last line with {@code --json},
 * {@code {"dashboard_ms":{"median":N,"min":N,"max":N}}}. Not a test: a script reads its figures.
 * {@code java -cp target/test-classes:target/vodcompare.jar fr.vodcompare.bench.DashboardBench STORE [--json] [--rounds N]}
 */
public final class DashboardBench {
    private static final String KEY_FIGURES = "key figures";
    private static final String OVERLAP = "overlap section";

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = null;
        boolean json = false;
        int rounds = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null || !Files.exists(file)) {
            System.err.println("usage: DashboardBench STORE [--json] [--rounds N] (an existing store)");
            System.exit(2);
        }
        try (Store store = Store.open(file)) {
            MarketData market = new MarketData(store);
            ChartService charts = Cli.charts(store);
            List<String> chosen = chosen(market);
            System.out.println("platforms compared: " + String.join(", ", chosen));
            // warm-up: class loading, JIT, SQLite's page cache, and the catalogue steps not yet kept counted from the titles
            Map<String, Double> cold = round(store, market, charts, chosen);
            fr.vodcompare.store.SnapshotSteps.awaitKept();
            Map<String, List<Double>> parts = new LinkedHashMap<>();
            List<Double> totals = new ArrayList<>();
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            for (int r = 0; r < rounds; r++) {
                Map<String, Double> one = round(store, market, charts, chosen);
                double total = 0;
                for (Map.Entry<String, Double> e : one.entrySet()) {
                    parts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
                    total += e.getValue();
                }
                totals.add(total);
            }
            for (Map.Entry<String, List<Double>> e : parts.entrySet()) {
                List<Double> cpuMs = CPU_MS.get(e.getKey());
                System.out.printf(Locale.ROOT, "%-38s median %9.1f ms wall, %8.1f ms CPU%n", e.getKey(), median(e.getValue()),
                        median(cpuMs.subList(cpuMs.size() - e.getValue().size(), cpuMs.size())));
            }
            // on a shared machine the wall time counts the waits for a core; the thread's CPU time (SQLite runs on it) does not
            System.out.printf(Locale.ROOT, "CPU time of the computing thread: %.1f ms per round%n",
                    (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / rounds);
            System.out.printf(Locale.ROOT, "first round (cold: warm-up, steps not yet kept): %.1f ms, of which catalogue-changes %.1f ms%n",
                    cold.values().stream().mapToDouble(Double::doubleValue).sum(), cold.getOrDefault("catalogue-changes", 0.0));
            Collections.sort(totals);
            System.out.printf(Locale.ROOT, "whole dashboard: %d rounds, median %.1f ms, min %.1f ms, max %.1f ms%n", rounds,
                    median(totals), totals.get(0), totals.get(totals.size() - 1));
            if (json) {
                System.out.printf(Locale.ROOT, "{\"dashboard_ms\":{\"median\":%.1f,\"min\":%.1f,\"max\":%.1f}}%n", median(totals),
                        totals.get(0), totals.get(totals.size() - 1));
            }
        }
    }

    /** The window's default platforms, then every other platform with a current catalogue (a benchmark's own). */
    private static List<String> chosen(MarketData market) throws Exception {
        Set<String> out = new LinkedHashSet<>(ChartRequest.DEFAULT_PLATFORMS);
        for (CurrentSnapshot s : market.currentSnapshots(null)) {
            out.add(s.platformId());
        }
        return List.copyOf(out);
    }

    /** One computation of the whole dashboard, timed part by part (ms). */
    private static Map<String, Double> round(Store store, MarketData market, ChartService charts, List<String> chosen)
            throws Exception {
        Map<String, Double> ms = new LinkedHashMap<>();
        cpuMark = CPU.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        KeyFigures.Data data = market.keyFigureData();
        List<Platform> withData = data.withData(market.platforms());
        for (Platform p : withData) {
            for (KeyFigures.Type type : KeyFigures.Type.values()) {
                KeyFigures.of(type, p.id(), data);
            }
        }
        ms.put(KEY_FIGURES, (System.nanoTime() - t) / 1e6);
        cpu(KEY_FIGURES);
        // as CompareViewModel computes them: one batch, whose first chart needing a shared read (facts, platforms...) pays for it
        ChartService.Batch batch = charts.batch();
        for (String id : ChartService.ids()) {
            t = System.nanoTime();
            batch.spec(new ChartRequest(id, Locale.UK, chosen, null, null));
            ms.put(id, (System.nanoTime() - t) / 1e6);
            cpu(id);
        }
        // the overlap section as OverlapViewModel reads it: every pair counted, then the chosen (first) pair's works
        t = System.nanoTime();
        List<Overlap.PairOverlap> pairs = Overlap.counts(store, null, chosen);
        ms.put(OVERLAP + ": pairs counted", (System.nanoTime() - t) / 1e6);
        cpu(OVERLAP + ": pairs counted");
        t = System.nanoTime();
        if (!pairs.isEmpty()) {
            Overlap.between(store, null, pairs.get(0).a(), pairs.get(0).b());
        }
        ms.put(OVERLAP + ": first pair's works", (System.nanoTime() - t) / 1e6);
        cpu(OVERLAP + ": first pair's works");
        return ms;
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    /** CPU time of the computing thread per part (ms), beside the wall times: on a shared machine the waits for a core inflate the latter. */
    private static final Map<String, List<Double>> CPU_MS = new LinkedHashMap<>();
    private static long cpuMark;

    private static void cpu(String part) {
        long now = CPU.getCurrentThreadCpuTime();
        CPU_MS.computeIfAbsent(part, k -> new ArrayList<>()).add((now - cpuMark) / 1e6);
        cpuMark = now;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
