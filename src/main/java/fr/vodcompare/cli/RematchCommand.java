package fr.vodcompare.cli;

import fr.vodcompare.ingest.WorkMatching;
import fr.vodcompare.store.Store;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rematch}: matches works across platforms again (imports do it too), after recording a confirmed or split pair. */
@Command(name = "rematch", mixinStandardHelpOptions = true,
        description = "Match the same works across platforms again (each import does it); --confirm or --split a pair first.")
final class RematchCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--confirm", paramLabel = "ID,ID", description = "Two titles (store ids, as overlap --json gives them) are one work.")
    String confirm;

    @Option(names = "--split", paramLabel = "ID,ID", description = "Two titles (store ids) are two works: never match them.")
    String split;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        Store store = cli.store();
        if (confirm != null) {
            long[] ids = ids("--confirm", confirm);
            store.works().choose(ids[0], ids[1], true);
        }
        if (split != null) {
            long[] ids = ids("--split", split);
            store.works().choose(ids[0], ids[1], false);
        }
        WorkMatching.Summary s = WorkMatching.rematch(store);
        var n = java.text.NumberFormat.getIntegerInstance(cli.locale());
        cli.out().println(String.format(cli.messages().getString("rematch.done"), n.format(s.titles()), n.format(s.platformPairs())));
        for (Map.Entry<String, Integer> e : s.byRule().entrySet()) {
            cli.out().println("  " + cli.messages().getString("rule." + e.getKey()) + ": " + n.format(e.getValue()));
        }
        return Cli.OK;
    }

    private static long[] ids(String option, String raw) throws Cli.UsageException {
        String[] f = raw.split(",");
        try {
            if (f.length == 2) {
                return new long[] {Long.parseLong(f[0].strip()), Long.parseLong(f[1].strip())};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Cli.UsageException(option + ": '" + raw + "'; expected two title ids separated by a comma (overlap --json gives them)");
    }
}
