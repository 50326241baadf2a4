package fr.vodcompare.cli;

import fr.vodcompare.analysis.MarketData;

import fr.vodcompare.chart.ChartExporter;
import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ExportSize;
import fr.vodcompare.chart.FxRuntime;
import fr.vodcompare.chart.FxUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Writes every chart into a folder as ID.png (and ID.csv with --csv); works without a display. */
@Command(name = "export-all", mixinStandardHelpOptions = true,
        description = "Writes every chart into a folder as ID.png (and ID.csv with --csv).")
final class ExportAllCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--dir", paramLabel = "DIR", required = true, description = "Folder to write into (created if missing).")
    Path dir;

    @Option(names = "--csv", description = "Also write each chart's numbers as ID.csv.")
    boolean csv;

    @Option(names = "--platform", paramLabel = "ID", split = ",",
            description = "Only these platforms (repeat or separate with commas; default: those the window's Compare shows "
                    + "at first, netflix and prime_video).")
    List<String> platforms;

    @Mixin
    ChartOptions size;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        ExportSize exportSize = size.size();
        FxRuntime.startInBackground();
        var store = cli.store();
        List<String> chosen = platforms == null || platforms.isEmpty() ? ChartRequest.DEFAULT_PLATFORMS : platforms;
        ChartOptions.checkPlatforms(store, platforms);
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new IOException("cannot write into " + dir + ": it is a file, not a folder");
            }
            Files.createDirectories(dir);
            ChartOptions.checkWritable(dir.resolve("probe.png"));
            long start = System.nanoTime();
            FxRuntime.ensureStarted();
            List<Path> written = new ChartExporter(Cli.charts(store)).exportAll(cli.locale(), dir, exportSize, csv,
                    size.territory(), chosen);
            cli.err().println(String.format(cli.messages().getString(written.size() == 1 ? "exportAll.done.one" : "exportAll.done"),
                    dir, new fr.vodcompare.chart.NumberText(cli.locale()).count(written.size()), exportSize.pixelWidth(),
                    exportSize.pixelHeight(), (System.nanoTime() - start) / 1_000_000));
            return Cli.OK;
        } catch (IOException | FxUnavailableException e) {
            cli.err().println(cli.messages().getString("cli.error") + " " + e.getMessage());
            return Cli.FAILED;
        }
    }
}
