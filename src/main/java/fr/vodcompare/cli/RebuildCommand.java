package fr.vodcompare.cli;

import fr.vodcompare.ingest.BundledData;
import fr.vodcompare.ingest.StoreSetup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Reloads the bundled data/ into the store, keeping what the user imported. */
@Command(name = "rebuild", mixinStandardHelpOptions = true, description = "Rebuild the store from the bundled data, keeping your imports.")
final class RebuildCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        BundledData.Summary s = StoreSetup.rebuild(cli.store());
        cli.out().println(String.format(cli.messages().getString("rebuild.done"), cli.dbPath(), s.platforms(),
                s.titlesByPlatform().values().stream().mapToInt(Integer::intValue).sum(), s.facts(), s.originals()));
        return Cli.OK;
    }
}
