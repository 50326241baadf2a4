package fr.vodcompare.cli;

import fr.vodcompare.analysis.MarketData;
import fr.vodcompare.analysis.SnapshotDiff;
import fr.vodcompare.model.MatchRule;
import fr.vodcompare.model.Snapshot;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code diff}: what came and went between two snapshots of a platform. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What a platform added, no longer lists and changed between two of its snapshots.")
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--platform", required = true, paramLabel = "ID", description = "The platform.")
    String platform;

    @Option(names = "--territory", paramLabel = "CODE", description = "The snapshots' territory (default: the newest snapshot's).")
    String territory;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "The earlier snapshot's date.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "The later snapshot's date.")
    String to;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        MarketData data = new MarketData(cli.store());
        List<Snapshot> snapshots = data.snapshots(platform);
        if (snapshots.isEmpty()) {
            throw new Cli.UsageException("--platform: '" + platform + "' has no snapshot; see the 'snapshots' command");
        }
        String t = territory != null ? Territories.option(territory) : snapshots.get(snapshots.size() - 1).territory();
        List<Snapshot> here = snapshots.stream().filter(s -> s.territory().equals(t)).toList();
        if (here.isEmpty()) {
            throw new Cli.UsageException("--territory: " + platform + " has no snapshot in '" + territory + "'; its territories: "
                    + String.join(", ", snapshots.stream().map(Snapshot::territory).distinct().toList()));
        }
        Snapshot a = find(here, "--from", from);
        Snapshot b = find(here, "--to", to);
        SnapshotDiff d = data.diff(a, b);
        if (json) {
            cli.out().println(Json.write(json(d)));
        } else {
            text(d);
        }
        return Cli.OK;
    }

    private Snapshot find(List<Snapshot> here, String option, String date) throws Cli.UsageException {
        String dates = String.join(", ", here.stream().map(s -> s.asOf().toString()).toList());
        LocalDate d;
        try {
            d = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new Cli.UsageException(option + ": '" + date + "' is not a date; expected one of " + platform + "'s snapshot dates: "
                    + dates);
        }
        return here.stream().filter(s -> s.asOf().equals(d)).findFirst().orElseThrow(() -> new Cli.UsageException(option + ": "
                + platform + " has no snapshot dated " + date + "; its snapshot dates: " + dates));
    }

    private Map<String, Object> json(SnapshotDiff d) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("platform", platform);
        root.put("territory", d.to().territory());
        root.put("from", d.from().asOf().toString());
        root.put("to", d.to().asOf().toString());
        root.put("added", d.added().stream().map(DiffCommand::entry).toList());
        root.put("removed", d.removed().stream().map(DiffCommand::entry).toList());
        List<Map<String, Object>> changed = new ArrayList<>();
        for (SnapshotDiff.Change c : d.changed()) {
            Map<String, Object> m = entry(c.title());
            m.put("fields", c.fields());
            changed.add(m);
        }
        root.put("changed", changed);
        List<Map<String, Object>> ambiguous = new ArrayList<>();
        for (SnapshotDiff.Ambiguous x : d.ambiguous()) {
            Map<String, Object> m = entry(x.title());
            m.put("candidates", x.candidates().stream().map(DiffCommand::entry).toList());
            ambiguous.add(m);
        }
        root.put("ambiguous", ambiguous);
        root.put("counts", d.counts());
        Map<String, Integer> by = new LinkedHashMap<>();
        for (MatchRule r : MatchRule.values()) {
            if (!r.acrossSnapshots()) {
                continue;
            }
            by.put(r.code(), d.matchedBy().getOrDefault(r, 0));
        }
        root.put("matched_by", by);
        return root;
    }

    private static Map<String, Object> entry(SnapshotDiff.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title());
        m.put("year", e.year());
        m.put("kind", e.kind().code());
        return m;
    }

    private void text(SnapshotDiff d) {
        ResourceBundle m = cli.messages();
        var out = cli.out();
        var n = new fr.vodcompare.chart.NumberText(cli.locale());
        out.println(String.format(m.getString("diff.header"), platform, d.from().asOf(), d.to().asOf(),
                StatsCommand.territory(m, d.to().territory())));
        out.println(String.format(m.getString("diff.counts"), n.count(d.added().size()), n.count(d.removed().size()),
                n.count(d.changed().size()), n.count(d.unchanged()), n.count(d.ambiguous().size())));
        List<String> rules = new ArrayList<>();
        for (MatchRule r : MatchRule.values()) {
            if (!r.acrossSnapshots()) {
                continue;
            }
            rules.add(m.getString("rule." + r.code()) + " " + n.count(d.matchedBy().getOrDefault(r, 0)));
        }
        out.println(m.getString("diff.matchedBy") + " " + String.join(", ", rules));
        out.println(m.getString("diff.note"));
        section(m.getString("diff.added"), d.added().stream().map(e -> line(m, e)).toList());
        section(m.getString("diff.removed"), d.removed().stream().map(e -> line(m, e)).toList());
        section(m.getString("diff.changed"), d.changed().stream().map(c -> line(m, c.title()) + "  [" + String.join(", ", c.fields())
                + "]").toList());
        section(m.getString("diff.ambiguous"), d.ambiguous().stream().map(x -> line(m, x.title()) + "  ↔ " + String.join(" | ",
                x.candidates().stream().map(e -> line(m, e)).toList())).toList());
    }

    private void section(String title, List<String> lines) {
        cli.out().println();
        cli.out().println(title + " (" + lines.size() + ")");
        lines.forEach(l -> cli.out().println("  " + l));
    }

    private static String line(ResourceBundle m, SnapshotDiff.Entry e) {
        return e.title() + " (" + (e.year() == null ? "?" : e.year()) + ", " + m.getString("kind." + e.kind().code()) + ")";
    }
}
