package fr.vodcompare.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets a store that cannot be opened aside, so a new one can be built in its place: the file is renamed
 * {@code NAME.broken-YYYYMMDD-HHMMSS}, and its SQLite companions {@code NAME-wal} and {@code NAME-shm} (and the
 * {@code NAME-journal} a large import killed while it held the store alone leaves) follow as
 * {@code NAME.broken-YYYYMMDD-HHMMSS-wal}, {@code -shm} and {@code -journal}, the names SQLite looks for beside the renamed file, so
 * that opening it later (to rescue the user's imports) still replays what its journal holds. Nothing is deleted.
 * Any thread; not while the store is open.
 */
public final class StoreSetAside {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSetAside.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private StoreSetAside() {
    }

    /**
     * Renames {@code file} and its companions; all of them or, on failure, none (those already renamed are moved back).
     *
     * @return the new name of the store file
     * @throws IOException when a file cannot be renamed (the files are then as they were, as far as they can be)
     */
    public static Path setAside(Path file, LocalDateTime when) throws IOException {
        return setAside(file, when, (from, to) -> Files.move(from, to));
    }

    /** How a file is renamed (tests make it fail). */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    static Path setAside(Path file, LocalDateTime when, Mover mover) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("there is no file " + file);
        }
        Path target = freeName(file, file.getFileName() + ".broken-" + STAMP.format(when));
        List<Path[]> moved = new ArrayList<>();
        try {
            // the companions first: a journal left beside a new store would be replayed into it
            for (String suffix : COMPANIONS) {
                Path companion = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(companion)) {
                    move(mover, companion, target.resolveSibling(target.getFileName() + suffix), moved);
                }
            }
            move(mover, file, target, moved);
        } catch (IOException e) {
            undo(mover, moved);
            throw e;
        }
        LOG.info("The store {} was set aside as {}", file, target);
        return target;
    }

    /** {@code name}, or {@code name-2}, {@code name-3}… when a file (or its companions) already has it. */
    private static Path freeName(Path file, String name) {
        Path candidate = file.resolveSibling(name);
        for (int n = 2; taken(candidate); n++) {
            candidate = file.resolveSibling(name + "-" + n);
        }
        return candidate;
    }

    private static boolean taken(Path p) {
        return Files.exists(p) || COMPANIONS.stream().anyMatch(s -> Files.exists(p.resolveSibling(p.getFileName() + s)));
    }

    private static void move(Mover mover, Path from, Path to, List<Path[]> moved) throws IOException {
        mover.move(from, to);
        moved.add(new Path[] {from, to});
    }

    private static void undo(Mover mover, List<Path[]> moved) {
        for (int i = moved.size() - 1; i >= 0; i--) {
            try {
                mover.move(moved.get(i)[1], moved.get(i)[0]);
            } catch (IOException e) {
                LOG.error("Moving {} back to {} failed", moved.get(i)[1], moved.get(i)[0], e);
            }
        }
    }
}
