package fr.vodcompare.cli;

import fr.vodcompare.analysis.MarketData;
import fr.vodcompare.analysis.Units;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.FactStatus;
import fr.vodcompare.store.TitleQueries;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Per platform: titles, films, series; and the key sourced figures. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Per platform: titles, films, series; key facts with their sources.")
final class StatsCommand implements Callable<Integer> {
    /** The metrics shown as key facts, in order. */
    static final List<String> KEY_METRICS = List.of("catalogue_size_titles", "platform_reach_among_vod_consumers",
            "content_spend_global");

    @ParentCommand
    Cli cli;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--territory", paramLabel = "CODE",
            description = "The catalogues' territory, such as FR (default: per platform, its newest snapshot's).")
    String territory;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        MarketData data = new MarketData(cli.store());
        List<TitleQueries.PlatformCount> counts = data.platformCounts(Territories.option(territory));
        Map<String, List<Fact>> facts = new LinkedHashMap<>();
        for (String metric : KEY_METRICS) {
            facts.put(metric, data.facts(metric));
        }
        if (json) {
            cli.out().println(Json.write(json(counts, facts)));
        } else {
            text(counts, facts);
        }
        return Cli.OK;
    }

    private static Map<String, Object> json(List<TitleQueries.PlatformCount> counts, Map<String, List<Fact>> facts) {
        List<Map<String, Object>> platforms = new ArrayList<>();
        for (TitleQueries.PlatformCount c : counts) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", c.platformId());
            p.put("name", c.name());
            p.put("titles", c.titles());
            p.put("films", c.films());
            p.put("series", c.series());
            p.put("as_of", c.asOf().toString());
            p.put("territory", c.territory());
            platforms.add(p);
        }
        Map<String, Object> keyFacts = new LinkedHashMap<>();
        facts.forEach((metric, list) -> keyFacts.put(metric, list.stream().map(StatsCommand::fact).toList()));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("platforms", platforms);
        root.put("facts", keyFacts);
        return root;
    }

    static Map<String, Object> fact(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", f.metric());
        m.put("platform", f.platformId());
        m.put("platform_label", f.platformLabel());
        m.put("period", f.period());
        if (f.isRange()) {
            m.put("low", number(f.low()));
            m.put("high", number(f.high()));
        } else {
            m.put("value", f.low() != null ? number(f.low()) : f.valueText());
        }
        m.put("unit", f.unit());
        m.put("qualifier", f.qualifier().sign());
        m.put("status", f.status() == FactStatus.NOT_STATED ? null : f.status().code());
        m.put("scope", f.scope());
        m.put("publisher", f.publisher());
        m.put("source", f.source().citation());
        m.put("source_url", f.source().url());
        if (f.note() != null) {
            m.put("note", f.note());
        }
        return m;
    }

    /** 2905.0 as 2905, 15.2 as 15.2: JSON numbers as people write them. */
    static Number number(Double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) d.longValue() : d;
    }

    /** The table for people; every text from the store goes through {@link Text#printable}. */
    private void text(List<TitleQueries.PlatformCount> counts, Map<String, List<Fact>> facts) {
        ResourceBundle m = cli.messages();
        NumberFormat nf = NumberFormat.getIntegerInstance(cli.locale());
        var out = cli.out();
        out.printf("%-22s %9s %9s %9s  %-10s  %s%n", m.getString("stats.platform"), m.getString("stats.titles"),
                m.getString("stats.films"), m.getString("stats.series"), m.getString("stats.asOf"), m.getString("stats.territory"));
        for (TitleQueries.PlatformCount c : counts) {
            out.printf("%-22s %9s %9s %9s  %-10s  %s%n", Text.printable(c.name()), nf.format(c.titles()), nf.format(c.films()),
                    nf.format(c.series()), c.asOf(), territory(m, c.territory()));
        }
        NumberFormat df = NumberFormat.getNumberInstance(cli.locale());
        for (Map.Entry<String, List<Fact>> e : facts.entrySet()) {
            out.println();
            out.println(m.getString("metric." + e.getKey()));
            // by status, so that an estimate is never listed among official figures
            for (FactStatus status : FactStatus.values()) {
                List<Fact> these = e.getValue().stream().filter(f -> f.status() == status).toList();
                if (these.isEmpty()) {
                    continue;
                }
                out.println("  " + m.getString("stats.status." + status.name().toLowerCase(Locale.ROOT)));
                for (Fact f : these) {
                    out.printf("    %-8s %-22s %s  (%s)%s%n", Text.printable(f.period()), Text.printable(f.platformLabel()),
                            Text.printable(value(f, df)), Text.printable(f.source().citation()),
                            f.flagged() ? "  " + m.getString("stats.flagged") : "");
                }
            }
        }
    }

    /** The value with its unit and the sign its source gives it: "≈ 2,000 films and series". */
    private String value(Fact f, NumberFormat df) {
        String value = f.isRange() ? df.format(f.low()) + "–" + df.format(f.high())
                : f.low() != null ? df.format(f.low()) : f.valueText();
        String sign = f.qualifier().sign();
        return (sign.isEmpty() ? "" : sign + " ") + Units.withUnit(value, f.unit(), cli.locale());
    }

    static String territory(ResourceBundle m, String code) {
        return "unstated".equals(code) ? m.getString("territory.unstated") : code;
    }
}
