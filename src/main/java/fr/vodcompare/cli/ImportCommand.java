package fr.vodcompare.cli;

import fr.vodcompare.ingest.CatalogueImport;
import fr.vodcompare.ingest.CatalogueImporter;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.CsvTable;
import fr.vodcompare.ingest.DateOrder;
import fr.vodcompare.ingest.FactsImporter;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.ingest.ImportReport;
import fr.vodcompare.ingest.ImportWarning;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import catalogue FILE ...}, {@code import facts FILE} and {@code import top10 FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a catalogue, a facts file or a Netflix "
        + "Top 10 file (one transaction: all or nothing).",
        subcommands = {ImportCommand.Catalogue.class, ImportCommand.Facts.class, Top10ImportCommand.class})
final class ImportCommand implements Callable<Integer> {
    static final int WARNINGS_SHOWN = 10;

    @ParentCommand
    Cli cli;

    @Override
    public Integer call() throws Exception {
        throw new Cli.UsageException("import: say what to import: 'import catalogue FILE --platform ID', 'import facts FILE' "
                + "or 'import top10 FILE'");
    }

    /** Options every CSV import takes. */
    static final class CsvFlags {
        @Option(names = "--encoding", paramLabel = "CS", description = "The file's encoding (default: UTF-8, or windows-1252 when the file is not UTF-8; a byte-order mark decides).")
        String encoding;

        @Option(names = "--delimiter", paramLabel = "C", description = "Field separator (default: ',' or ';' from the header).")
        String delimiter;

        @Option(names = "--map", paramLabel = "FROM=TO", description = "Read your column FROM as our column TO (repeatable).")
        Map<String, String> map = new LinkedHashMap<>();

        @Option(names = "--dry-run", description = "Read and check the file without writing anything.")
        boolean dryRun;

        CsvOptions options() throws Cli.UsageException {
            Charset cs;
            try {
                cs = encoding == null ? null : Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new Cli.UsageException("--encoding: unknown encoding '" + encoding + "'; expected UTF-8 or windows-1252");
            }
            char d = 0;
            if (delimiter != null) {
                String s = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
                if (s.length() != 1) {
                    throw new Cli.UsageException("--delimiter: '" + delimiter + "' is not one character; expected , or ; or tab");
                }
                d = s.charAt(0);
            }
            return new CsvOptions(cs, d, map);
        }
    }

    @Command(name = "catalogue", mixinStandardHelpOptions = true, description = "Import a catalogue CSV (Kaggle layout) as a snapshot of a platform.")
    static final class Catalogue implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--platform", required = true, paramLabel = "ID", description = "Platform id (a new id creates the platform).")
        String platform;

        @Option(names = "--name", paramLabel = "NAME", description = "Display name for a new platform.")
        String name;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Snapshot date (default: the newest date added in the file).")
        String asOf;

        @Option(names = "--territory", paramLabel = "CODE",
                description = "Territory of the catalogue, such as FR, or unstated (default: the platform's newest snapshot's, else not stated).")
        String territory;

        @Option(names = "--replace", description = "Replace the snapshot already stored for this platform, date and territory.")
        boolean replace;

        @Option(names = "--date-format", paramLabel = "DD/MM/YYYY|MM/DD/YYYY",
                description = "How the file writes numeric dates (default: decided from the file, day first when nothing decides).")
        String dateFormat;

        @Mixin
        CsvFlags csv;

        @Override
        public Integer call() throws Exception {
            Cli cli = parent.cli;
            cli.checkLang();
            if (!platform.matches("[a-z0-9_]+")) {
                throw new Cli.UsageException("--platform: '" + Text.printable(platform)
                        + "' is not a platform id; expected lower-case letters, digits and _ (netflix, prime_video)");
            }
            LocalDate date = asOf == null ? null : asOf(asOf, LocalDate.now());
            DateOrder order = null;
            if (dateFormat != null) {
                order = DateOrder.parse(dateFormat);
                if (order == null) {
                    throw new Cli.UsageException("--date-format: '" + dateFormat + "'; expected DD/MM/YYYY or MM/DD/YYYY");
                }
            }
            CatalogueImport req = new CatalogueImport(file, platform, name, date, Territories.option(territory), csv.options(),
                    csv.dryRun, replace, order);
            // a dry run opens a store only when it exists (to say what a replace would remove): it creates none
            boolean noStore = csv.dryRun && (cli.dbPath() == null || !java.nio.file.Files.exists(cli.dbPath()));
            ImportReport report = new CatalogueImporter(noStore ? null : cli.store()).run(req, progress(cli));
            print(cli, report);
            return Cli.OK;
        }
    }

    /** An {@code --as-of} value: a real date, YYYY-MM-DD, at most a day after {@code today}. */
    static LocalDate asOf(String raw, LocalDate today) throws Cli.UsageException {
        LocalDate date;
        try {
            date = raw.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(raw.strip()) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw new Cli.UsageException("--as-of: '" + raw + "' is not a date; expected YYYY-MM-DD, such as 2021-09-25");
        }
        if (date.isAfter(today.plusDays(1))) {
            throw new Cli.UsageException("--as-of: " + raw + " is in the future; expected the date the catalogue was taken");
        }
        return date;
    }

    @Command(name = "facts", mixinStandardHelpOptions = true, description = "Import sourced figures: metric,platform,period,value,unit,source,source_url,note.")
    static final class Facts implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Mixin
        CsvFlags csv;

        @Option(names = "--force", description = "Keep figures with impossible values (a share over 100 %%, a negative count "
                + "or amount), flagged in their note, instead of refusing the file.")
        boolean force;

        @Override
        public Integer call() throws Exception {
            Cli cli = parent.cli;
            cli.checkLang();
            ImportReport report = new FactsImporter(csv.dryRun ? null : cli.store()).run(file, csv.options(), csv.dryRun, force);
            print(cli, report);
            return Cli.OK;
        }
    }

    static ImportProgress progress(Cli cli) {
        return new ImportProgress() {
            @Override
            public void step(String what) {
                cli.err().println(cli.messages().getString("import.step." + what));
            }
        };
    }

    /** The summary on standard output; the first warnings on standard error. */
    static void print(Cli cli, ImportReport r) {
        ResourceBundle m = cli.messages();
        var out = cli.out();
        out.println(cli.counted(r.dryRun() ? "import.summary.dry" : "import.summary", r.file(), r.rowsRead(), r.imported(),
                r.warnings().size()));
        if (!r.dryRun()) {
            out.println(cli.counted("import.changes", r.added(), r.updated(), r.unchanged()));
        }
        if (r.asOf() != null) {
            out.println(String.format(m.getString("import.snapshot"), r.platformId(), r.asOf()));
        }
        var snap = r.snapshot();
        if (snap != null) {
            var n = new fr.vodcompare.chart.NumberText(cli.locale());
            String territory = StatsCommand.territory(m, snap.territory());
            out.println(String.format(m.getString(snap.territoryAssumed() ? "import.territory.assumed" : "import.territory"), territory));
            if (snap.replaced() && r.dryRun()) {
                out.println(String.format(m.getString("import.wouldReplace"), r.platformId(), r.asOf(), n.count(snap.replacedTitles())));
            } else if (snap.replaced()) {
                out.println(String.format(m.getString("import.replaced"), r.platformId(), r.asOf(), n.count(snap.replacedTitles()),
                        n.count(snap.titles()), n.count(snap.noLongerListed())));
            }
            if (snap.ambiguous() > 0) {
                out.println(String.format(m.getString("import.ambiguous"), n.count(snap.ambiguous())));
            }
        }
        // what was assumed about the whole file (line 0) belongs to the summary
        for (ImportWarning w : r.warnings()) {
            if (w.line() == 0) {
                out.println(CsvTable.WINDOWS_1252_ASSUMED.equals(w.key())
                        ? String.format(m.getString("import.readAs"), r.file(), "Windows-1252") : r.file() + ": " + w.message(cli.locale()));
            }
        }
        int shown = 0;
        for (ImportWarning w : r.warnings()) {
            if (w.line() == 0) {
                continue;
            }
            if (shown++ == WARNINGS_SHOWN) {
                cli.err().println(String.format(m.getString("import.moreWarnings"), r.warnings().size() - WARNINGS_SHOWN));
                break;
            }
            cli.err().println(r.file() + ":" + w.line() + ": " + m.getString("import.warning") + " " + w.message(cli.locale()));
        }
    }
}
