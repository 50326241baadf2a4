package fr.vodcompare.cli;

import fr.vodcompare.model.Title;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Full-text search over title, director and cast, accents ignored. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Find titles by title, director or cast (accents and case ignored).")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to find; the last may be the start of a word.")
    List<String> words;

    @Option(names = "--platform", paramLabel = "ID", description = "Only this platform (netflix, prime_video...).")
    String platform;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        if (limit < 1 || limit > 100_000) {
            throw new Cli.UsageException("--limit: " + limit + " is out of range; expected 1 to 100000");
        }
        var store = cli.store();
        if (platform != null && store.platforms().find(platform).isEmpty()) {
            throw new Cli.UsageException("--platform: no platform '" + platform + "' in the store; see the ids in 'stats'");
        }
        List<Title> found = store.titles().search(String.join(" ", words), platform, limit);
        if (json) {
            cli.out().println(Json.write(Map.of("query", String.join(" ", words), "count", found.size(),
                    "titles", found.stream().map(SearchCommand::json).toList())));
            return Cli.OK;
        }
        for (Title t : found) {
            // a tab or line break inside a name would break the one-title-a-line output: shown escaped, as any control
            cli.out().printf("%s\t%s\t%s\t%s\t%s%n", t.platformId(), Text.printable(t.name()),
                    t.releaseYear() == null ? "" : t.releaseYear(), cli.messages().getString("kind." + t.kind().code()),
                    t.director() == null ? "" : Text.printable(t.director()));
        }
        cli.err().println(cli.counted("search.count", found.size()));
        return Cli.OK;
    }

    private static Map<String, Object> json(Title t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("platform", t.platformId());
        m.put("show_id", t.showId());
        m.put("title", t.name());
        m.put("kind", t.kind().code());
        m.put("release_year", t.releaseYear());
        m.put("director", t.director());
        m.put("cast", t.cast());
        m.put("countries", t.countries());
        m.put("genres", t.genres());
        m.put("date_added", t.dateAdded() == null ? null : t.dateAdded().toString());
        m.put("rating", t.rating());
        m.put("duration", t.duration());
        return m;
    }
}
