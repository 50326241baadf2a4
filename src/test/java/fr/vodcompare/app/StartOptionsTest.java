package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StartOptionsTest {
    /** Files that exist in these tables: a catalogue, and a file named like a command. */
    private static final Set<String> EXISTING = Set.of("mubi.csv", "stats", "./stats", "/home/me/Téléchargements/canal.csv");

    private static StartOptions parse(String line) {
        List<String> args = line.isBlank() ? List.of() : Arrays.asList(line.trim().split(" +"));
        return StartOptions.parse(args, Launcher::isCommand, p -> EXISTING.contains(p.toString()));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # arguments                                  | window | db      | lang | import file
            ''                                           | true   | -       | -    | -
            --db x.db                                    | true   | x.db    | -    | -
            --db=x.db --lang fr                          | true   | x.db    | fr   | -
            --lang en                                    | true   | -       | en   | -
            mubi.csv                                     | true   | -       | -    | mubi.csv
            --db x.db --lang=fr mubi.csv                 | true   | x.db    | fr   | mubi.csv
            /home/me/Téléchargements/canal.csv           | true   | -       | -    | /home/me/Téléchargements/canal.csv
            stats                                        | false  | -       | -    | -
            --db x.db stats --json                       | false  | x.db    | -    | -
            missing.csv                                  | false  | -       | -    | -
            mubi.csv stats                               | false  | -       | -    | -
            --help                                       | false  | -       | -    | -
            --version                                    | false  | -       | -    | -
            --db                                         | false  | -       | -    | -
            import catalogue mubi.csv --platform mubi    | false  | -       | -    | -
            """)
    void tellsTheWindowFromACommand(String line, boolean window, String db, String lang, String file) {
        StartOptions o = parse(line);
        assertThat(o.window()).as("window").isEqualTo(window);
        assertThat(o.db()).isEqualTo(db == null ? null : Path.of(db));
        assertThat(o.lang()).isEqualTo(lang);
        assertThat(o.importFile()).isEqualTo(file == null ? null : Path.of(file));
    }

    @Test
    void aFileNamedLikeACommandRunsTheCommandUnlessNamedByItsPath() {
        assertThat(parse("stats").window()).isFalse();
        assertThat(parse("./stats").importFile()).isEqualTo(Path.of("./stats"));
    }

    @Test
    void onlyFrenchAndEnglishAreLanguagesOfTheWindow() {
        assertThat(parse("--lang fr").languageKnown()).isTrue();
        assertThat(parse("--lang EN").language()).contains("en");
        assertThat(parse("--lang de").languageKnown()).isFalse();
        assertThat(parse("").languageKnown()).isTrue();
        assertThat(parse("").language()).isEmpty();
    }

    @Test
    void theCommandsAreTheCommandLinesOwn() {
        assertThat(List.of("stats", "search", "import", "rebuild", "backup", "charts", "export-chart", "export-all"))
                .allMatch(Launcher::isCommand);
        assertThat(Launcher.isCommand("mubi.csv")).isFalse();
    }
}
