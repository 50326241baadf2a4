package fr.vodcompare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** A consistent copy of the store, even while the window uses it. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Write a consistent copy of the store to FILE.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
        cli.checkLang();
        if (Files.exists(file)) {
            throw new Cli.UsageException(file + ": already exists; expected a new file name");
        }
        cli.store().database().backupTo(file);
        cli.out().println(file.toAbsolutePath());
        return Cli.OK;
    }
}
