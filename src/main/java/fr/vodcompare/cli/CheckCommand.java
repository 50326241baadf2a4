package fr.vodcompare.cli;

import fr.vodcompare.store.Store;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * SQLite's full integrity check of the store. A damaged store is marked so: writes are refused from then on, and
 * the next start offers to set it aside and build a new one from the bundled data.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the store for damage (SQLite's integrity check); a damaged store is no longer written to.")
final class CheckCommand implements Callable<Integer> {
    static final int SHOWN = 10;

    @ParentCommand
    Cli cli;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        if (!Files.exists(cli.dbPath())) {
            throw new Cli.UsageException(String.format(cli.messages().getString("check.none"), cli.dbPath()));
        }
        // the store as it is: not built, not refreshed from the bundled data
        try (Store store = Store.open(cli.dbPath())) {
            List<String> problems = store.database().check();
            if (problems.isEmpty()) {
                cli.out().println(String.format(cli.messages().getString("check.ok"), cli.dbPath()));
                return Cli.OK;
            }
            for (String p : problems.subList(0, Math.min(SHOWN, problems.size()))) {
                cli.out().println(Text.printable(p));
            }
            cli.err().println(String.format(cli.messages().getString("check.damaged"), cli.dbPath(), problems.size()));
            return Cli.FAILED;
        }
    }
}
