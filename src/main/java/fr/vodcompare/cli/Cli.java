package fr.vodcompare.cli;

import fr.vodcompare.ingest.ImportException;
import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The headless command line. Standard output carries only results; progress, warnings and errors go
 * to standard error. Exit status: 0 done, 2 bad usage, 3 bad input (nothing written), 1 anything else.
 */
@Command(name = "vodcompare", mixinStandardHelpOptions = true, versionProvider = BuildInfo.Provider.class,
        description = "Compare the streaming platforms of the French market (headless commands).",
        footer = {"", "The window:",
                "  vodcompare [--db FILE] [--lang fr|en]",
                "      opens the window on that store, in that language",
                "  vodcompare [--db FILE] [--lang fr|en] FILE.csv",
                "      the window, with the import dialog on FILE.csv",
                "      (an existing file that is not a command)"})
public final class Cli implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    @Option(names = "--db", paramLabel = "FILE", description = "The store file (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the output and of the window: fr or en (default: the system's).")
    String lang;

    private final PrintWriter out;
    private final PrintWriter err;
    private Store store;
    /** True once this run made the store file: a command that then fails leaves none behind. */
    private boolean createdStore;

    public Cli(Path defaultDb, PrintWriter out, PrintWriter err) {
        this.db = defaultDb;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        err.println(messages().getString("cli.noCommand"));
        return USAGE;
    }

    /** Runs one command line and returns its exit status; closes the store it opened. */
    public int run(String... args) {
        CommandLine cl = new CommandLine(this);
        for (Class<?> command : commandsFor(args)) {
            cl.addSubcommand(command);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parse) -> handle(e));
        cl.setParameterExceptionHandler((e, args2) -> {
            err.println(parameterProblem(e));
            e.getCommandLine().usage(err);
            return USAGE;
        });
        int status = FAILED;
        try {
            status = cl.execute(args);
            return status;
        } finally {
            out.flush();
            err.flush();
            if (store != null) {
                store.close();
                store = null;
            }
            if (createdStore && status != OK) {
                removeCreatedStore();
            }
        }
    }

    /**
     * A command line that cannot be read, said in --lang's language where it is one of the usual slips (something
     * missing, something not understood); else picocli's own words.
     */
    String parameterProblem(CommandLine.ParameterException e) {
        ResourceBundle m = messages();
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return String.format(m.getString("cli.param.missing"), missing.getMissing().stream().map(Cli::named)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String said = String.format(m.getString("cli.param.unmatched"), unmatched.getUnmatched().stream()
                    .map(a -> "'" + a + "'").collect(java.util.stream.Collectors.joining(", ")));
            List<String> near = unmatched.getSuggestions();
            return near.isEmpty() ? said : said + System.lineSeparator()
                    + String.format(m.getString("cli.param.didYouMean"), String.join(", ", near));
        }
        return e.getMessage();
    }

    /** An option or parameter as the usage writes it: '--platform=ID', 'FILE'. */
    private static String named(CommandLine.Model.ArgSpec a) {
        if (a instanceof CommandLine.Model.OptionSpec o) {
            return "'" + o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "") + "'";
        }
        return "'" + a.paramLabel() + "'";
    }

    /** The command the arguments name after the global options (--db, --lang), alone; all of them when they name none. */
    static List<Class<?>> commandsFor(String... args) {
        int i = 0;
        while (i < args.length) {
            if (args[i].equals("--db") || args[i].equals("--lang")) {
                i += 2;
            } else if (args[i].startsWith("--db=") || args[i].startsWith("--lang=")) {
                i++;
            } else {
                break;
            }
        }
        if (i < args.length) {
            for (Class<?> c : Commands.ALL) {
                if (c.getAnnotation(Command.class).name().equals(args[i])) {
                    return List.of(c);
                }
            }
        }
        return Commands.ALL;
    }

    /** A refused import (or any failed command) on a new --db creates no store: nothing was written for the user. */
    private void removeCreatedStore() {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path f = db.resolveSibling(db.getFileName() + suffix);
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                LOG.warn("Could not remove {}, made by a command that failed", f, e);
            }
        }
        createdStore = false;
    }

    private int handle(Exception e) {
        if (e instanceof ImportException ie) {
            err.println(ie.message(locale())); // FILE:LINE: what is wrong, in --lang's language
            return BAD_INPUT;
        }
        if (e instanceof UsageException) {
            err.println(e.getMessage());
            return USAGE;
        }
        if (e instanceof StoreException se && se.reason() == StoreException.Reason.BUSY) {
            // the one store fault a user meets in normal use (another command holds the store): in the user's language
            err.println(messages().getString("cli.error") + " " + String.format(messages().getString("cli.busy"), db));
            LOG.debug("Store busy", e);
            return FAILED;
        }
        if (e instanceof StoreException se) {
            err.println(messages().getString("cli.error") + " " + se.message(locale())); // in --lang's language
            LOG.debug("Store failure", e);
            return FAILED;
        }
        // a sentence, never a trace: the trace is logged at debug level (-Dvodcompare.log=debug shows it)
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println(messages().getString("cli.error") + " " + String.format(messages().getString("cli.unexpected"), what));
        LOG.debug("Command failed", e);
        return FAILED;
    }

    /** The charts of a store, with the bundled quota rules and country table (read when a quota chart is drawn). */
    public static fr.vodcompare.chart.ChartService charts(Store store) {
        return new fr.vodcompare.chart.ChartService(new fr.vodcompare.analysis.MarketData(store), () -> {
            fr.vodcompare.ingest.QuotaData.Loaded d = fr.vodcompare.ingest.QuotaData.load();
            return new fr.vodcompare.analysis.Quotas.Inputs(d.rules(), d.countries());
        });
    }

    /** The store named by {@code --db}, opened (and built on first use) once per run. */
    Store store() throws StoreException, ImportException {
        if (store == null) {
            createdStore = !Files.exists(db);
            store = StoreSetup.open(db, s -> err.println(s.startsWith("restoring:")
                    ? String.format(messages().getString("cli.restoring"), s.substring("restoring:".length()), db)
                    : messages().getString("cli.building") + " " + db));
            store.database().allowWritingAlone(); // a command: nothing else of this process reads while it writes
        }
        return store;
    }

    /**
     * Closes the store and sets its file aside (renamed, with its journal; nothing deleted), so that the next
     * {@link #store()} builds a new one, into which the user's kept imports are imported again.
     *
     * @return the name the file was given
     */
    Path setStoreAside() throws java.io.IOException {
        if (store != null) {
            store.close();
            store = null;
        }
        return fr.vodcompare.store.StoreSetAside.setAside(db, java.time.LocalDateTime.now());
    }

    Path dbPath() {
        return db;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Locale locale() {
        String l = lang != null ? lang : Locale.getDefault().getLanguage();
        return "fr".equalsIgnoreCase(l) ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** Checks --lang once a command runs. */
    void checkLang() throws UsageException {
        if (lang != null && !lang.equalsIgnoreCase("fr") && !lang.equalsIgnoreCase("en")) {
            throw new UsageException("--lang: '" + lang + "' is not a language of the app; expected fr or en");
        }
    }

    ResourceBundle messages() {
        return ResourceBundle.getBundle("fr.vodcompare.cli.messages", locale());
    }

    /**
     * A sentence of the messages that counts, in --lang's language: a message format whose choices say "1 row", "no
     * title" and "1,000 rows" as sentences.
     */
    String counted(String key, Object... args) {
        ResourceBundle m = messages();
        return new java.text.MessageFormat(m.getString(key), m.getLocale()).format(args);
    }

    /** A command was used wrongly in a way picocli cannot see (exit 2). */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
