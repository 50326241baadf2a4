package fr.vodcompare.cli;

import java.util.List;

/**
 * The command line's commands, in the order of its help. A run registers only the one it names (picocli reads every
 * registered command's options and types by reflection: a few hundred milliseconds for all of them), or all of them
 * when it names none (the help, a mistyped command). A class of its own, without a logger, so the launcher can read
 * the names before logging is configured.
 */
public final class Commands {
    public static final List<Class<?>> ALL = List.of(StatsCommand.class, SearchCommand.class, ImportCommand.class,
            RebuildCommand.class, BackupCommand.class, CheckCommand.class, ChartsCommand.class, ExportChartCommand.class,
            ExportAllCommand.class, SnapshotsCommand.class, DiffCommand.class, Top10Command.class, OverlapCommand.class,
            RematchCommand.class, QuotaCommand.class);

    private Commands() {
    }
}
