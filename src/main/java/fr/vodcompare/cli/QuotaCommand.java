package fr.vodcompare.cli;

import fr.vodcompare.analysis.Quotas;
import fr.vodcompare.chart.NumberText;
import fr.vodcompare.ingest.QuotaData;
import fr.vodcompare.model.QuotaRule;
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

/** {@code quota}: each platform's share of European and French works against the AVMSD and SMAD thresholds. */
@Command(name = "quota", mixinStandardHelpOptions = true,
        description = "How far each current catalogue is from the AVMSD (30 %% European works) and SMAD (60 %% European, 40 %% French) quotas.")
final class QuotaCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--platform", paramLabel = "ID", description = "Only this platform.")
    String platform;

    @Option(names = "--territory", paramLabel = "CODE", description = "Each platform's newest snapshot in this territory.")
    String territory;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        QuotaData.Loaded data = QuotaData.load();
        List<Quotas.PlatformQuotas> result = Quotas.of(cli.store(), Territories.option(territory), platform, data.rules(),
                data.countries());
        if (platform != null && result.isEmpty()) {
            throw new Cli.UsageException("--platform: '" + platform + "' has no current catalogue; see the 'snapshots' command");
        }
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("platforms", result.stream().map(QuotaCommand::json).toList());
            root.put("note", cli.messages().getString("quota.note"));
            cli.out().println(Json.write(root));
        } else {
            text(result);
        }
        return Cli.OK;
    }

    private static Map<String, Object> json(Quotas.PlatformQuotas p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.platformId());
        m.put("snapshot", p.snapshot().toString());
        m.put("territory", p.territory());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Quotas.RuleResult r : p.rules()) {
            Map<String, Object> x = new LinkedHashMap<>();
            QuotaRule q = r.rule();
            x.put("rule", q.id());
            x.put("scope", q.scope().name().toLowerCase(Locale.ROOT));
            x.put("threshold_pct", q.thresholdPct());
            x.put("share_pct", r.sharePct() == null ? null : Math.round(r.sharePct() * 100) / 100.0);
            x.put("titles", r.titles());
            x.put("qualifying", r.qualifying());
            x.put("unknown", r.unknown());
            x.put("gap_titles", r.gapTitles());
            x.put("counts", q.counts());
            x.put("source", q.legalSource());
            x.put("url", q.url());
            x.put("article", q.article());
            rules.add(x);
        }
        m.put("rules", rules);
        return m;
    }

    private void text(List<Quotas.PlatformQuotas> result) {
        ResourceBundle m = cli.messages();
        NumberText n = new NumberText(cli.locale());
        var out = cli.out();
        for (Quotas.PlatformQuotas p : result) {
            out.println(String.format(m.getString("quota.header"), p.platformId(), p.snapshot(), StatsCommand.territory(m, p.territory())));
            for (Quotas.RuleResult r : p.rules()) {
                String share = r.sharePct() == null ? "–" : n.share(r.sharePct());
                out.println("  " + String.format(m.getString("quota.line"), r.rule().id(), m.getString("quota.scope."
                        + r.rule().scope().name().toLowerCase(Locale.ROOT)), share, n.number(r.rule().thresholdPct(), 0),
                        n.count(r.qualifying()), n.count(r.titles() - r.unknown()), n.count(r.unknown()), n.count(r.gapTitles())));
            }
            out.println();
        }
        List<QuotaRule> rules = result.isEmpty() ? List.of() : result.get(0).rules().stream().map(Quotas.RuleResult::rule).toList();
        for (QuotaRule q : rules) {
            out.println(q.id() + ": " + q.legalSource() + ", " + q.article() + " <" + q.url() + ">");
        }
        out.println(m.getString("quota.note"));
    }
}
