package fr.vodcompare.ingest;

import fr.vodcompare.model.Original;
import fr.vodcompare.model.Platform;
import fr.vodcompare.store.SnapshotExistsException;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data the app ships in {@code data/} (carried in the jar): platform registry, catalogues, facts,
 * originals. Loads it into a store in one transaction, replacing earlier bundled rows and keeping
 * everything the user imported.
 */
public final class BundledData {
    private static final Logger LOG = LoggerFactory.getLogger(BundledData.class);
    static final String META_KEY = "bundled_data_sha256";
    /** The jar the bundled data was last checked against (path, size, time): skips re-reading it on every start. */
    static final String JAR_KEY = "bundled_data_jar";
    private static final String ROOT = "/data/";

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final String sha256;

    private BundledData(List<String> names) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String name : names) {
            try (InputStream in = BundledData.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new IOException("bundled file data/" + name + " is missing from the application");
                }
                byte[] bytes = in.readAllBytes();
                files.put(name, bytes);
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(bytes);
            }
        }
        this.sha256 = HexFormat.of().formatHex(digest.digest());
    }

    /** Reads the bundled files from the class path. */
    public static BundledData load() throws IOException, ImportException {
        List<String> names = new ArrayList<>(List.of("platforms.csv", "facts.csv", "originals.csv", "catalogues/index.csv"));
        BundledData index = new BundledData(List.of("catalogues/index.csv"));
        CsvTable catalogues = index.table("catalogues/index.csv");
        for (CsvTable.Row row : catalogues.rows()) {
            names.add("catalogues/" + catalogues.value(row, "file"));
        }
        return new BundledData(names);
    }

    private CsvTable table(String name) throws ImportException, IOException {
        return CsvTable.read("data/" + name, new ByteArrayInputStream(files.get(name)), CsvOptions.DEFAULT);
    }

    /**
     * Identifies the jar this class was loaded from (path, size, modification time), or null when the
     * app runs from class folders (development, tests), where the files are always read and digested.
     */
    static String jarKey() {
        try {
            var source = BundledData.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!java.nio.file.Files.isRegularFile(jar)) {
                return null;
            }
            return jar.toAbsolutePath() + "|" + java.nio.file.Files.size(jar) + "|"
                    + java.nio.file.Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException | java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            LOG.debug("No jar identity for the bundled data", e);
            return null;
        }
    }

    /** True when the store was built or checked against this very jar: no need to read the bundled files. */
    static boolean checkedAgainstThisJar(Store store) throws StoreException {
        String jar = jarKey();
        return jar != null && store.meta().get(JAR_KEY).map(jar::equals).orElse(false);
    }

    /** Remembers that the store holds the bundled data of this jar. */
    void markChecked(Store store) throws StoreException, ImportException, ImportCancelledException {
        String jar = jarKey();
        if (jar != null) {
            Writes.run(store, tx -> {
                tx.putMeta(JAR_KEY, jar);
                return null;
            });
        }
    }

    /** A digest of every bundled file, to tell whether a store holds this version of them. */
    public String sha256() {
        return sha256;
    }

    /** True when the store was never built, or was built from other bundled data (an older app). */
    public boolean isNeededBy(Store store) throws StoreException {
        Optional<String> built = store.meta().get(META_KEY);
        return built.isEmpty() || !built.get().equals(sha256);
    }

    /** What was loaded, for the log and the command line. */
    public record Summary(int platforms, Map<String, Integer> titlesByPlatform, int facts, int originals) {
    }

    /**
     * Replaces the store's bundled rows with this data in one transaction; user imports stay.
     * Runs on the calling thread (the write on the store's writer thread).
     */
    public Summary writeTo(Store store) throws ImportException, StoreException, ImportCancelledException {
        long start = System.nanoTime();
        List<Platform> platforms;
        List<CatalogueImporter.Prepared> catalogues = new ArrayList<>();
        FactsReader.Result facts;
        List<OriginalsReader.Row> originals;
        try {
            platforms = PlatformsReader.read(table("platforms.csv"));
            CsvTable index = table("catalogues/index.csv");
            for (CsvTable.Row row : index.rows()) {
                String file = "catalogues/" + index.value(row, "file");
                CatalogueImport req = new CatalogueImport(Path.of(file), index.value(row, "platform"),
                        index.value(row, "source_name"), null, index.value(row, "territory"), CsvOptions.DEFAULT, false);
                catalogues.add(CatalogueImporter.prepare(table(file), req, req.territory(), false));
            }
            facts = FactsReader.read(table("facts.csv"));
            originals = OriginalsReader.read(table("originals.csv"));
        } catch (IOException e) {
            throw new ImportException("data/", 0, "bundled data unreadable: " + e.getMessage(), e);
        }
        long read = System.nanoTime();
        Map<String, Integer> titles = new LinkedHashMap<>();
        Writes.run(store, tx -> {
            tx.deleteBundled();
            for (Platform p : platforms) {
                tx.upsertPlatform(p, true);
            }
            for (CatalogueImporter.Prepared p : catalogues) {
                try {
                    CatalogueImporter.apply(tx, p, true);
                    titles.merge(p.req().platformId(), p.read().titles().size(), Integer::sum);
                } catch (SnapshotExistsException e) {
                    // checked before anything of this snapshot is written: the user's own snapshot stays
                    LOG.warn("Bundled {} not loaded: the user imported a snapshot of {} as of {} ({}) already", p.file(),
                            p.spec().platformId(), p.spec().asOf(), p.spec().territory());
                }
            }
            FactsImporter.insert(tx, facts.facts(), true);
            for (OriginalsReader.Row row : originals) {
                String id = tx.resolvePlatform(row.platformLabel()).orElseThrow(() -> new ImportException(
                        "data/originals.csv", 0, "platform '" + row.platformLabel() + "' is not in data/platforms.csv"));
                var o = row.original();
                tx.upsertOriginal(new Original(0, id, o.title(), o.kind(), o.status(), o.year(), o.source()), true);
            }
            tx.putMeta(META_KEY, sha256);
            String jar = jarKey();
            if (jar != null) {
                tx.putMeta(JAR_KEY, jar);
            }
            return null;
        });
        WorkMatching.rematch(store);
        Summary s = new Summary(platforms.size(), titles, facts.facts().size(), originals.size());
        LOG.info("Bundled data loaded in {} ms (read {} ms, write {} ms): {}", (System.nanoTime() - start) / 1_000_000,
                (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000, s);
        return s;
    }
}
