package fr.vodcompare.cli;

import fr.vodcompare.analysis.MarketData;
import fr.vodcompare.analysis.Top10Analysis;
import fr.vodcompare.analysis.Top10Analysis.OriginCount;
import fr.vodcompare.analysis.Top10Analysis.Scope;
import fr.vodcompare.analysis.Top10Analysis.Summary;
import fr.vodcompare.analysis.Top10Analysis.WorkRun;
import fr.vodcompare.chart.NumberText;
import fr.vodcompare.model.Top10Category;
import fr.vodcompare.store.Top10Queries.Entry;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

/** {@code top10 [--country CC] [--from WEEK] [--to WEEK] [--json]}: a country's weekly Top 10 over a period. */
@Command(name = "top10", mixinStandardHelpOptions = true, description = "Netflix's weekly Top 10 of a country over a period: "
        + "weeks, lines, works, the longest-running works and every weekly list.")
final class Top10Command implements Callable<Integer> {
    static final int LONGEST = 10;

    @ParentCommand
    Cli cli;

    @Option(names = "--country", paramLabel = "CC", defaultValue = "FR",
            description = "Two-letter country code, or world for the global lists (default: ${DEFAULT-VALUE}).")
    String country;

    @Option(names = "--from", paramLabel = "WEEK", description = "First week, YYYY-MM-DD as in the file (default: the first stored).")
    String from;

    @Option(names = "--to", paramLabel = "WEEK", description = "Last week, YYYY-MM-DD as in the file (default: the last stored).")
    String to;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        String code = country.equalsIgnoreCase(Top10Analysis.WORLD) ? Top10Analysis.WORLD : country.toUpperCase(Locale.ROOT);
        if (!code.equals(Top10Analysis.WORLD) && !code.matches("[A-Z]{2}")) {
            throw new Cli.UsageException("--country: '" + country + "'; expected a two-letter country code such as FR, or world");
        }
        LocalDate first = week("--from", from);
        LocalDate last = week("--to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new Cli.UsageException("--from " + from + " is after --to " + to + "; expected the first week before the last");
        }
        Top10Analysis top10 = new MarketData(cli.store()).top10();
        Summary s = top10.summary(new Scope(code, first, last, null), LONGEST);
        if (json) {
            cli.out().println(Json.write(json(s)));
        } else {
            text(s);
        }
        if (s.entries() == 0) {
            cli.err().println(String.format(cli.messages().getString("top10.none"), code));
        }
        return Cli.OK;
    }

    private static LocalDate week(String option, String value) throws Cli.UsageException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Cli.UsageException(option + ": '" + value + "' is not a week; expected YYYY-MM-DD as in the file");
        }
    }

    private static Map<String, Object> json(Summary s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("country", s.scope().country());
        root.put("weeks", s.weeks());
        root.put("entries", s.entries());
        root.put("works", s.works());
        root.put("linked", s.linked());
        root.put("from", s.firstWeek() == null ? null : s.firstWeek().toString());
        root.put("to", s.lastWeek() == null ? null : s.lastWeek().toString());
        List<Map<String, Object>> longest = new ArrayList<>();
        for (WorkRun r : s.longest()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", r.work());
            m.put("kind", r.kind().code());
            m.put("weeks", r.weeks());
            m.put("best_rank", r.bestRank());
            longest.add(m);
        }
        root.put("longest", longest);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Entry e : s.list()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("week", e.week().toString());
            m.put("category", e.category().label());
            m.put("rank", e.rank());
            m.put("title", e.work());
            m.put("season", e.season());
            m.put("weeks_in_top10", e.weeksInTop10());
            list.add(m);
        }
        root.put("list", list);
        return root;
    }

    private void text(Summary s) {
        ResourceBundle m = cli.messages();
        NumberText n = new NumberText(cli.locale());
        var out = cli.out();
        if (s.entries() == 0) {
            return;
        }
        out.println(String.format(m.getString("top10.title"), s.scope().country(), s.firstWeek(), s.lastWeek()));
        out.println(String.format(m.getString("top10.counts"), s.weeks(), s.entries(), s.works(), s.linked(),
                n.share(100.0 * s.linked() / s.entries())));
        if (!s.scope().country().equals(Top10Analysis.WORLD)) {
            OriginCount f = s.films();
            OriginCount t = s.series();
            out.println(String.format(m.getString("top10.french"), f.french(), f.entries(), n.share(f.frenchShare()), t.french(),
                    t.entries(), n.share(t.frenchShare()), f.unknown(), t.unknown()));
        }
        out.println();
        out.println(m.getString("top10.longest"));
        for (WorkRun r : s.longest()) {
            out.printf("  %-12s %s (%s)%n", String.format(m.getString("top10.weeks"), r.weeks()), r.work(),
                    m.getString("top10.kind." + r.kind().code()));
        }
        LocalDate week = null;
        Top10Category category = null;
        for (Entry e : s.list()) {
            if (!e.week().equals(week)) {
                out.println();
                out.println(String.format(m.getString("top10.week"), e.week()));
                week = e.week();
                category = null;
            }
            if (e.category() != category) {
                out.println("  " + e.category().label());
                category = e.category();
            }
            String season = e.season() == null ? "" : "  \u2014 " + e.season();
            String weeks = e.weeksInTop10() == null ? "" : "  (" + String.format(m.getString("top10.inTop10"), e.weeksInTop10()) + ")";
            out.printf("  %3d  %s%s%s%n", e.rank(), e.work(), season, weeks);
        }
    }
}
