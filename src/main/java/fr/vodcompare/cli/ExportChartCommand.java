package fr.vodcompare.cli;

import fr.vodcompare.analysis.MarketData;

import fr.vodcompare.chart.ChartCsv;
import fr.vodcompare.chart.ChartExporter;
import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.chart.ExportSize;
import fr.vodcompare.chart.FxRuntime;
import fr.vodcompare.chart.FxUnavailableException;
import fr.vodcompare.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Writes one chart as a PNG, and/or the numbers behind it as CSV; works without a display. */
@Command(name = "export-chart", mixinStandardHelpOptions = true,
        description = "Writes one chart as a PNG of exactly W·S × H·S pixels, "
        + "and/or the numbers behind it as CSV (language from --lang).")
final class ExportChartCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "ID", description = "Chart id (see: charts).")
    String id;

    @Option(names = "--out", paramLabel = "FILE.png", description = "The PNG to write (replaced if it exists).")
    Path out;

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also (or only) write the chart's numbers as CSV.")
    Path csv;

    @Option(names = "--platform", paramLabel = "ID", split = ",",
            description = "Only these platforms (repeat or separate with commas; default: every platform with data).")
    List<String> platforms;

    @Option(names = "--title", paramLabel = "TEXT", description = "Replace the chart's title.")
    String title;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "Replace the chart's subtitle.")
    String subtitle;

    @Mixin
    ChartOptions size;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        ChartOptions.checkId(id);
        if (out == null && csv == null) {
            throw new Cli.UsageException("export-chart: give --out FILE.png, --csv FILE.csv or both");
        }
        ExportSize exportSize = size.size();
        if (out != null) {
            FxRuntime.startInBackground();
        }
        Store store = cli.store();
        ChartOptions.checkPlatforms(store, platforms);
        ChartService service = Cli.charts(store);
        try {
            for (Path target : out == null ? List.of(csv) : csv == null ? List.of(out) : List.of(out, csv)) {
                ChartOptions.checkWritable(target);
            }
            long start = System.nanoTime();
            ChartSpec spec = service.spec(new ChartRequest(id, cli.locale(), platforms, title, subtitle, size.territory()));
            if (out != null) {
                FxRuntime.ensureStarted();
                new ChartExporter(service).writePng(spec, exportSize, out);
                cli.err().printf("%s: %d×%d px (%d ms)%n", out, exportSize.pixelWidth(), exportSize.pixelHeight(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            if (csv != null) {
                ChartCsv.write(spec, csv);
                cli.err().printf("%s: %d series%n", csv, spec.series().size());
            }
            return Cli.OK;
        } catch (IOException | FxUnavailableException e) {
            cli.err().println(cli.messages().getString("cli.error") + " " + e.getMessage());
            return Cli.FAILED;
        }
    }
}
