package fr.vodcompare.cli;

import fr.vodcompare.ingest.BundledData;
import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Reloads the bundled data/ into the store, keeping what the user imported. A damaged store is set aside first
 * (renamed, never deleted) and a new one built, into which the copies of the user's imports kept beside the store are
 * imported again.
 */
@Command(name = "rebuild", mixinStandardHelpOptions = true, description = "Rebuild the store from the bundled data, keeping your imports.")
final class RebuildCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        Store store = null;
        String damage = null;
        try {
            store = cli.store();
            List<String> problems = store.database().check();
            damage = problems.isEmpty() ? null : problems.get(0);
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.DAMAGED) {
                throw e;
            }
            damage = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
        }
        if (damage != null) {
            // a damaged store cannot be written: it is set aside, and a new one gets the bundled data and the kept imports
            Path aside = cli.setStoreAside();
            cli.err().println(String.format(cli.messages().getString("rebuild.setAside"), cli.dbPath(), damage, aside));
            store = cli.store();
        }
        BundledData.Summary s = StoreSetup.rebuild(store);
        cli.out().println(String.format(cli.messages().getString("rebuild.done"), cli.dbPath(), s.platforms(),
                s.titlesByPlatform().values().stream().mapToInt(Integer::intValue).sum(), s.facts(), s.originals()));
        return Cli.OK;
    }
}
