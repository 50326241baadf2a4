package fr.vodcompare.cli;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code snapshots}: every stored catalogue snapshot. */
@Command(name = "snapshots", mixinStandardHelpOptions = true,
        description = "Every catalogue snapshot: platform, date, territory, title count, source, bundled or imported.")
final class SnapshotsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--platform", paramLabel = "ID", description = "Only this platform's snapshots.")
    String platform;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        Store store = cli.store();
        if (platform != null && store.platforms().all().stream().noneMatch(p -> p.id().equals(platform))) {
            throw new Cli.UsageException("--platform: no platform '" + platform + "'; expected one of "
                    + String.join(", ", store.platforms().all().stream().map(p -> p.id()).toList()));
        }
        List<Snapshot> list = store.catalogue().snapshots().stream()
                .filter(s -> platform == null || s.platformId().equals(platform)).toList();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Snapshot s : list) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("platform", s.platformId());
                m.put("as_of", s.asOf().toString());
                m.put("territory", s.territory());
                m.put("titles", s.titleCount());
                m.put("source", s.sourceName());
                m.put("file", s.sourceFile());
                m.put("bundled", s.bundled());
                rows.add(m);
            }
            cli.out().println(Json.write(Map.of("snapshots", rows)));
            return Cli.OK;
        }
        ResourceBundle m = cli.messages();
        var numbers = new fr.vodcompare.chart.NumberText(cli.locale());
        cli.out().printf("%-14s %-10s %-26s %8s  %s%n", m.getString("stats.platform"), m.getString("stats.asOf"),
                m.getString("stats.territory"), m.getString("stats.titles"), m.getString("snapshots.source"));
        for (Snapshot s : list) {
            cli.out().printf("%-14s %-10s %-26s %8s  %s%s%n", s.platformId(), s.asOf(), StatsCommand.territory(m, s.territory()),
                    numbers.count(s.titleCount()), s.sourceName() == null ? s.sourceFile() : s.sourceName(),
                    s.bundled() ? " " + m.getString("snapshots.bundled") : "");
        }
        return Cli.OK;
    }
}
