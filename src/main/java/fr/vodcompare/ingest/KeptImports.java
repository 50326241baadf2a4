package fr.vodcompare.ingest;

import fr.vodcompare.files.AtomicFiles;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.StoreTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies of the user's imported files, kept compressed beside the store ({@code NAME-imports/}, one {@code N-KIND.zst}
 * (Zstandard; {@code N-KIND.gz} when written by an earlier version, or where Zstandard's native library cannot be loaded)
 * and its description {@code N-KIND.json} per import), so that the imports survive when the store is set aside or
 * rebuilt: a new store gets them back, in their order, with their options ({@link ImportReplay}).
 *
 * <p>A copy is written (and forced to the disk) before its import's transaction, described as "pending"; the store
 * records it in that transaction ({@link StoreTransaction#recordImportCopy}); then it is described as "committed".
 * A killed import thus leaves a pending copy the store does not know, removed at the next open ({@link #reconcile}).
 * Any thread; file work only.
 */
public final class KeptImports {
    private static final Logger LOG = LoggerFactory.getLogger(KeptImports.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PENDING = "pending";
    static final String COMMITTED = "committed";
    /** A copy that could not be imported again: left alone (and listed) rather than lost or retried at every start. */
    static final String FAILED = "failed";

    /** What kind of file a copy is. */
    public enum Kind {
        CATALOGUE, FACTS, TOP10;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A kept copy's description.
     *
     * @param file    the imported file's own name (a catalogue's snapshot names it)
     * @param subject what the import brought, as the store records it ({@link fr.vodcompare.store.ImportCopies})
     * @param store   the identity of the store that committed it (null while pending)
     * @param options the import's options, enough to run it again the same way
     */
    public record Entry(String id, Kind kind, String file, String subject, String state, String store,
                        Map<String, String> options) {
        Entry with(String newState, String newStore) {
            return new Entry(id, kind, file, subject, newState, newStore, options);
        }
    }

    private final Path folder;

    private KeptImports(Path folder) {
        this.folder = folder;
    }

    /** The copies kept beside {@code storeFile}. */
    public static KeptImports beside(Path storeFile) {
        Path abs = storeFile.toAbsolutePath();
        return new KeptImports(abs.resolveSibling(abs.getFileName() + "-imports"));
    }

    /** The copies kept beside {@code store}, to keep a new one: a store that cannot be written refuses first. */
    public static KeptImports of(Store store) throws StoreException {
        store.database().checkWritable();
        return beside(store.database().file());
    }

    public Path folder() {
        return folder;
    }

    /** A copy being made for an import, until its transaction has committed. */
    public final class Copy {
        private Entry entry;
        private final boolean fresh;

        private Copy(Entry entry, boolean fresh) {
            this.entry = entry;
            this.fresh = fresh;
        }

        /**
         * Describes the copy again with what the import learnt once its file was read (a catalogue's date comes from its
         * rows): before {@link #record}, while still pending.
         */
        public void describeAs(String subject, Map<String, String> options) throws IOException {
            entry = new Entry(entry.id(), entry.kind(), entry.file(), subject, entry.state(), entry.store(), options);
            describe(entry);
        }

        /** Records the copy inside the import's transaction. */
        public void record(StoreTransaction tx) throws StoreException {
            String storeId = tx.recordImportCopy(entry.id(), entry.subject());
            entry = entry.with(entry.state(), storeId);
        }

        /** After the commit: the copy counts. A failure here is repaired by the next {@link #reconcile}. */
        public void committed() {
            try {
                describe(entry.with(COMMITTED, entry.store()));
            } catch (IOException e) {
                LOG.warn("Could not mark the kept copy {} committed; the next start will", entry.id(), e);
            }
        }

        /** After a failed or refused import: the copy goes (a replayed copy stays for another try). */
        public void abandon() {
            if (fresh) {
                remove(entry);
            }
        }

        public Entry entry() {
            return entry;
        }

        /** True for a copy kept earlier and being imported again into a new store. */
        public boolean replayed() {
            return !fresh;
        }
    }

    /**
     * Compresses {@code source} into the folder and describes it as pending.
     *
     * @throws ImportException when the copy cannot be written (the import then writes nothing)
     */
    public Copy keep(Kind kind, Path source, String subject, Map<String, String> options) throws ImportException {
        try {
            Files.createDirectories(folder);
            Entry e = claim(kind, source.getFileName().toString(), subject, options);
            try {
                AtomicFiles.write(Compression.written().file(folder, e.id()), out -> Compression.written().compress(source, out));
                describe(e);
            } catch (IOException | RuntimeException ex) {
                remove(e);
                throw ex;
            }
            return new Copy(e, true);
        } catch (IOException ex) {
            throw ImportException.of(source.toString(), 0, "copy.notKept", folder,
                    ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName());
        }
    }

    /** A copy already kept, replayed into a new store: recorded again under the same id. */
    Copy reuse(Entry e) {
        return new Copy(e, false);
    }

    /** The file's bytes, decompressed, written to {@code target}. */
    void restore(Entry e, Path target) throws IOException {
        for (Compression c : Compression.values()) {
            Path data = c.file(folder, e.id());
            if (Files.exists(data)) {
                try (InputStream in = c.decompress(Files.newInputStream(data))) {
                    Files.copy(in, target);
                }
                return;
            }
        }
        throw new java.nio.file.NoSuchFileException(folder.resolve(e.id()).toString(), null, "no kept copy");
    }

    /** Every copy described in the folder, oldest first. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path p : files) {
                try {
                    out.add(JSON.readValue(p.toFile(), Entry.class));
                } catch (RuntimeException ex) {
                    LOG.warn("Ignoring the unreadable description {}", p, ex);
                }
            }
        } catch (IOException ex) {
            LOG.warn("Cannot list the kept imports in {}", folder, ex);
        }
        out.sort(Comparator.comparing(Entry::id));
        return out;
    }

    /**
     * Makes the folder agree with the store: a pending copy the store recorded is marked committed (the import was
     * killed after its commit); one it did not record is removed (killed before), as is a committed copy of this
     * store whose import was deleted since. Copies committed to another store (one set aside, or lost) are returned:
     * they are to be replayed into this one.
     */
    public List<Entry> reconcile(Store store) throws StoreException {
        List<Entry> all = entries();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<String, String> recorded = store.importCopies().recorded();
        String self = store.importCopies().storeId().orElse(null);
        List<Entry> toReplay = new ArrayList<>();
        for (Entry e : all) {
            if (recorded.containsKey(e.id())) {
                if (!COMMITTED.equals(e.state()) || self != null && !self.equals(e.store())) {
                    rewrite(e.with(COMMITTED, self));
                }
            } else if (COMMITTED.equals(e.state()) && (self == null || !self.equals(e.store()))) {
                toReplay.add(e);
            } else if (FAILED.equals(e.state())) {
                LOG.info("Keeping the kept copy {} that could not be imported again", e.id());
            } else {
                LOG.info("Removing the kept copy {} ({}): its import is not in the store", e.id(), e.state());
                remove(e);
            }
        }
        return toReplay;
    }

    /** Marks a copy whose replay failed: kept for the user, not tried again at every start. */
    void markFailed(Entry e) {
        rewrite(e.with(FAILED, e.store()));
    }

    private Entry claim(Kind kind, String file, String subject, Map<String, String> options) throws IOException {
        int next = entries().stream().mapToInt(e -> seq(e.id())).max().orElse(0) + 1;
        while (true) {
            String id = String.format(java.util.Locale.ROOT, "%06d-%s", next, kind.code());
            Entry e = new Entry(id, kind, file, subject, PENDING, null, new LinkedHashMap<>(options));
            try {
                Files.createFile(description(e));
                return e;
            } catch (FileAlreadyExistsException taken) {
                next++;
            }
        }
    }

    private static int seq(String id) {
        try {
            return Integer.parseInt(id.substring(0, id.indexOf('-')));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private void describe(Entry e) throws IOException {
        byte[] json = JSON.writeValueAsBytes(e);
        AtomicFiles.write(description(e), out -> out.write(json));
    }

    private void rewrite(Entry e) {
        try {
            describe(e);
        } catch (IOException ex) {
            LOG.warn("Could not update the kept copy {}", e.id(), ex);
        }
    }

    private void remove(Entry e) {
        try {
            for (Compression c : Compression.values()) {
                Files.deleteIfExists(c.file(folder, e.id()));
            }
            Files.deleteIfExists(description(e));
            try (var left = Files.list(folder)) {
                if (left.findAny().isEmpty()) {
                    Files.deleteIfExists(folder);
                }
            }
        } catch (IOException ex) {
            LOG.warn("Could not remove the kept copy {}", e.id(), ex);
        }
    }

    private Path description(Entry e) {
        return folder.resolve(e.id() + ".json");
    }
}
