package fr.vodcompare.cli;

import fr.vodcompare.chart.ChartInfo;
import fr.vodcompare.chart.ChartService;
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
        for (ChartInfo c : new ChartService(cli.store()).available(cli.locale())) {
            cli.out().print(c.id() + "\t" + c.title() + "\n");
        }
        return Cli.OK;
    }
}
