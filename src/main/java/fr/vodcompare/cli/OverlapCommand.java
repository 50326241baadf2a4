package fr.vodcompare.cli;

import fr.vodcompare.analysis.Overlap;
import fr.vodcompare.chart.NumberText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code overlap}: the works two platforms' current catalogues share, and what each has alone. */
@Command(name = "overlap", mixinStandardHelpOptions = true,
        description = "The works every two platforms share (current catalogues), what each has alone, and why each was matched.")
final class OverlapCommand implements Callable<Integer> {
    static final int FIRST_TITLES = 10;

    @ParentCommand
    Cli cli;

    @Option(names = "--platform", paramLabel = "A,B", split = ",", description = "Only the pairs among these platforms.")
    List<String> platforms = new ArrayList<>();

    @Option(names = "--territory", paramLabel = "CODE", description = "Each platform's newest snapshot in this territory.")
    String territory;

    @Option(names = "--json", description = "Print JSON (every shared title) instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        String t = Territories.option(territory);
        List<Overlap.PairOverlap> pairs = Overlap.of(cli.store(), t, platforms);
        List<String> known = new ArrayList<>();
        pairs.forEach(p -> {
            known.add(p.a());
            known.add(p.b());
        });
        for (String p : platforms) {
            if (!known.contains(p)) {
                throw new Cli.UsageException("--platform: '" + p + "' has no current catalogue to compare; see the 'snapshots' command");
            }
        }
        if (json) {
            cli.out().println(Json.write(Map.of("pairs", pairs.stream().map(OverlapCommand::json).toList())));
        } else {
            text(pairs);
        }
        return Cli.OK;
    }

    private static Map<String, Object> json(Overlap.PairOverlap p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", p.a());
        m.put("b", p.b());
        m.put("titles_a", p.titlesA());
        m.put("titles_b", p.titlesB());
        m.put("shared", p.shared());
        m.put("only_a", p.onlyA());
        m.put("only_b", p.onlyB());
        m.put("jaccard", Math.round(p.jaccard() * 10000) / 10000.0);
        m.put("ambiguous", p.ambiguous());
        m.put("titles", p.titles().stream().map(OverlapCommand::title).toList());
        m.put("ambiguous_pairs", p.ambiguousPairs().stream().map(OverlapCommand::title).toList());
        return m;
    }

    private static Map<String, Object> title(Overlap.SharedTitle t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", t.title());
        m.put("year", t.year());
        m.put("kind", t.kind().code());
        m.put("confidence", t.confidence());
        m.put("rule", t.rule());
        m.put("title_b", t.titleB());
        m.put("year_b", t.yearB());
        m.put("id_a", t.idA());
        m.put("id_b", t.idB());
        return m;
    }

    private void text(List<Overlap.PairOverlap> pairs) {
        ResourceBundle m = cli.messages();
        NumberText n = new NumberText(cli.locale());
        var out = cli.out();
        out.println(String.join("\t", m.getString("overlap.col.a"), m.getString("overlap.col.b"), m.getString("overlap.col.shared"),
                m.getString("overlap.col.onlyA"), m.getString("overlap.col.onlyB"), m.getString("overlap.col.jaccard"),
                m.getString("overlap.col.ambiguous")));
        for (Overlap.PairOverlap p : pairs) {
            out.println(String.join("\t", p.a(), p.b(), n.count(p.shared()), n.count(p.onlyA()), n.count(p.onlyB()),
                    n.share(p.jaccard() * 100), n.count(p.ambiguous())));
        }
        for (Overlap.PairOverlap p : pairs) {
            out.println();
            out.println(String.format(m.getString("overlap.first"), p.a(), p.b(), Math.min(FIRST_TITLES, p.titles().size()),
                    n.count(p.shared())));
            for (Overlap.SharedTitle t : p.titles().subList(0, Math.min(FIRST_TITLES, p.titles().size()))) {
                out.println("  " + t.title() + " (" + (t.year() == null ? "?" : t.year()) + ", " + m.getString("kind." + t.kind().code())
                        + ")  " + m.getString("rule." + t.rule()) + ", " + n.number(t.confidence(), 2));
            }
        }
        out.println();
        out.println(m.getString("overlap.note"));
    }
}
