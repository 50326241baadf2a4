package fr.vodcompare.cli;

import fr.vodcompare.ingest.ImportWarning;
import fr.vodcompare.ingest.Top10Importer;
import fr.vodcompare.ingest.Top10Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import top10 FILE [--country CC]}: a Netflix Top 10 file, only the weeks not stored yet. */
@Command(name = "top10", mixinStandardHelpOptions = true, description = "Import Netflix's weekly Top 10 "
        + "(all-weeks-countries.tsv or all-weeks-global.tsv, as downloaded); only the weeks not stored yet are added.")
final class Top10ImportCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--country", paramLabel = "CC", description = "Keep only this country's rows (FR); default: every country.")
    String country;

    @Override
    public Integer call() throws Exception {
        Cli cli = parent.cli;
        cli.checkLang();
        if (country != null && !country.matches("[A-Za-z]{2}") && !country.equalsIgnoreCase("world")) {
            throw new Cli.UsageException("--country: '" + country + "'; expected a two-letter country code such as FR, or world");
        }
        long start = System.nanoTime();
        Top10Report r = new Top10Importer(cli.store()).run(file, country, ImportCommand.progress(cli));
        print(cli, r);
        cli.err().printf("%s: %d ms%n", r.file(), (System.nanoTime() - start) / 1_000_000);
        return Cli.OK;
    }

    static void print(Cli cli, Top10Report r) {
        ResourceBundle m = cli.messages();
        var out = cli.out();
        out.println(cli.counted("top10.import.summary", r.file(), m.getString("top10.layout." + r.layout().code()),
                r.rowsRead()));
        if (r.country() != null) {
            out.println(String.format(m.getString("top10.import.kept"), r.rowsKept(), r.country(), r.rowsSkipped(),
                    r.skippedCountries().size()));
            if (!r.skippedOverseas().isEmpty()) {
                out.println(String.format(m.getString("top10.import.overseas"), sum(r.skippedOverseas()),
                        names(r.skippedOverseas(), r.countryNames())));
            }
        }
        out.println(String.format(m.getString("top10.import.lists"), r.listsAdded(), r.entriesAdded(), r.worksAdded(),
                r.listsAlreadyStored()));
        out.println(String.format(m.getString("top10.import.linked"), r.entriesLinked(), r.entriesAdded()));
        int shown = 0;
        for (ImportWarning w : r.warnings()) {
            if (shown++ == ImportCommand.WARNINGS_SHOWN) {
                cli.err().println(String.format(m.getString("import.moreWarnings"), r.warnings().size() - ImportCommand.WARNINGS_SHOWN));
                break;
            }
            cli.err().println(r.file() + ":" + w.line() + ": " + m.getString("import.warning") + " " + w.message(cli.locale()));
        }
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "Guadeloupe (GP) 240, Martinique (MQ) 240". */
    private static String names(Map<String, Integer> counts, Map<String, String> names) {
        List<String> out = new ArrayList<>();
        counts.forEach((code, n) -> out.add(names.getOrDefault(code, code) + " (" + code + ") " + n));
        return String.join(", ", out);
    }
}
