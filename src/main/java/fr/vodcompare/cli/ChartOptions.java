package fr.vodcompare.cli;

import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ExportSize;
import fr.vodcompare.model.Platform;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The image size options of the export commands, and the checks they share. */
final class ChartOptions {
    @Option(names = "--width", paramLabel = "W", defaultValue = "1200",
            description = "Layout width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "675",
            description = "Layout height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "Pixel scale: the PNG is W·S × H·S pixels (default: ${DEFAULT-VALUE}; 2 for sharp images).")
    double scale;

    @Option(names = "--territory", paramLabel = "CODE",
            description = "The catalogues' territory, such as FR (default: per platform, its newest snapshot's).")
    String territory;

    /** The territory asked for, normalised; a bad code is a usage error (exit 2). */
    String territory() throws Cli.UsageException {
        return Territories.option(territory);
    }

    /** The size asked for; absurd sizes are a usage error (exit 2). */
    ExportSize size() throws Cli.UsageException {
        try {
            return new ExportSize(width, height, scale);
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException("--width/--height/--scale: " + e.getMessage());
        }
    }

    /** Unknown chart ids are a usage error (exit 2) that lists the ids. */
    static void checkId(String id) throws Cli.UsageException {
        if (!ChartService.exists(id)) {
            throw new Cli.UsageException("No chart '" + id + "'. Chart ids:\n  " + String.join("\n  ", ChartService.ids()));
        }
    }

    /** Platforms unknown to the registry (and not {@code market}) are a usage error (exit 2) that lists the ids. */
    static void checkPlatforms(Store store, List<String> ids) throws Cli.UsageException, StoreException {
        if (ids == null) {
            return;
        }
        Set<String> known = store.platforms().all().stream().map(Platform::id).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new));
        // the audience charts draw the whole market as a subject of its own
        known.add(fr.vodcompare.analysis.AudienceSeries.MARKET);
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new Cli.UsageException("--platform: no platform '" + id + "'. Platform ids: " + String.join(", ", known));
            }
        }
    }

    /** A file can be written at {@code target}: its folder exists and is writable (else exit 1, before any rendering). */
    static void checkWritable(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new IOException("cannot write " + target + ": folder " + dir + " is not writable");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + target + ": it is a folder");
        }
    }
}
