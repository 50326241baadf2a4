package fr.vodcompare.cli;

import fr.vodcompare.analysis.MarketData;

import fr.vodcompare.chart.ChartInfo;
import fr.vodcompare.chart.ChartService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Lists the charts: {@code ID<TAB>title}, one a line, nothing else on standard output. */
@Command(name = "charts", mixinStandardHelpOptions = true,
        description = "Lists the charts: ID<TAB>title, one a line.")
final class ChartsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        // the Top 10 charts are listed once their data is imported: the store says
        List<ChartInfo> listed = new java.util.ArrayList<>(Cli.charts(cli.store()).available(cli.locale()));
        // then the Audience screen's other figures, which export-all leaves out
        ChartService.charts(cli.locale()).stream().filter(c -> listed.stream().noneMatch(l -> l.id().equals(c.id())))
                .forEach(listed::add);
        for (ChartInfo c : listed) {
            cli.out().print(c.id() + "\t" + c.title() + "\n");
        }
        return Cli.OK;
    }
}
