package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** A run registers only the command it names (after the global options), all of them when it names none. */
class CommandsTest {
    @Test
    void theCommandNamedAfterTheGlobalOptionsAlone() {
        assertThat(Cli.commandsFor("export-chart", "catalogue-size", "--out", "x.png")).containsExactly(ExportChartCommand.class);
        assertThat(Cli.commandsFor("--db", "stats", "--lang", "fr", "search", "amelie")).containsExactly(SearchCommand.class);
        assertThat(Cli.commandsFor("--db=x.db", "--lang", "en", "export-all", "--dir", "d")).containsExactly(ExportAllCommand.class);
    }

    @Test
    void allOfThemWhenNoneIsNamed() {
        assertThat(Cli.commandsFor("--help")).isEqualTo(Commands.ALL);
        assertThat(Cli.commandsFor("--db", "x.db", "statz")).isEqualTo(Commands.ALL);
        assertThat(Cli.commandsFor()).isEqualTo(Commands.ALL);
    }

    @Test
    void everyCommandIsListedOnceAndTheHelpNamesThemAll() {
        assertThat(Commands.ALL).doesNotHaveDuplicates();
        StringWriter out = new StringWriter();
        new Cli(Path.of("unused.db"), new PrintWriter(out), new PrintWriter(new StringWriter())).run("--help");
        for (Class<?> c : Commands.ALL) {
            assertThat(out.toString()).contains("  " + c.getAnnotation(Command.class).name() + " ");
        }
    }
}
