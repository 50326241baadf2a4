package fr.vodcompare.ingest;

import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the kept copies of the user's files again, into a new store (after a damaged one was set aside), in the
 * order they were first imported and with their options. Runs on the calling thread; never the FX thread.
 */
public final class ImportReplay {
    private static final Logger LOG = LoggerFactory.getLogger(ImportReplay.class);
    private static final String MAP = "map.";

    private ImportReplay() {
    }

    /**
     * What a replay did.
     *
     * @param failed the files that could not be imported again (their copies stay, marked failed), with why
     */
    public record Result(int replayed, List<String> failed) {
        public static final Result NONE = new Result(0, List.of());
    }

    /** Makes the kept copies agree with {@code store}, then replays those it lacks; {@code progress} hears of each file. */
    public static Result restore(Store store, Consumer<String> progress) throws StoreException {
        KeptImports kept = KeptImports.of(store);
        List<KeptImports.Entry> missing = kept.reconcile(store);
        if (missing.isEmpty()) {
            return Result.NONE;
        }
        int done = 0;
        List<String> failed = new ArrayList<>();
        for (KeptImports.Entry e : missing) {
            progress.accept(e.file());
            try {
                replay(store, kept, e);
                done++;
            } catch (ImportException | ImportCancelledException | IOException | RuntimeException ex) {
                LOG.warn("The kept copy {} ({}) could not be imported again", e.id(), e.file(), ex);
                failed.add(e.file() + ": " + ex.getMessage());
                kept.markFailed(e);
            }
        }
        LOG.info("Replayed {} kept imports into {} ({} failed)", done, store.database().file(), failed.size());
        return new Result(done, failed);
    }

    private static void replay(Store store, KeptImports kept, KeptImports.Entry e)
            throws IOException, ImportException, StoreException, ImportCancelledException {
        Path dir = Files.createTempDirectory("vodcompare-replay");
        Path file = dir.resolve(e.file());
        try {
            kept.restore(e, file);
            Map<String, String> o = e.options();
            KeptImports.Copy copy = kept.reuse(e);
            switch (e.kind()) {
                case CATALOGUE -> new CatalogueImporter(store).run(new CatalogueImport(file, o.get("platform"), o.get("name"),
                        LocalDate.parse(o.get("as_of")), o.get("territory"), csv(o), false, true,
                        o.containsKey("date_order") ? DateOrder.valueOf(o.get("date_order")) : null), ImportProgress.NONE, copy);
                case FACTS -> new FactsImporter(store).run(file, csv(o), false, "true".equals(o.get("force")), copy);
                case TOP10 -> new Top10Importer(store).run(file, o.get("country"), ImportProgress.NONE, copy);
                default -> throw new IllegalStateException("unknown kind " + e.kind());
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** How a CSV was read, as a kept copy's options. */
    static Map<String, String> csvOptions(CsvOptions csv) {
        Map<String, String> o = new LinkedHashMap<>();
        if (csv == null) {
            return o;
        }
        if (csv.encoding() != null) {
            o.put("encoding", csv.encoding().name());
        }
        if (csv.delimiter() != 0) {
            o.put("delimiter", String.valueOf(csv.delimiter()));
        }
        csv.columnMap().forEach((from, to) -> o.put(MAP + from, to));
        return o;
    }

    static CsvOptions csv(Map<String, String> o) {
        Map<String, String> map = new LinkedHashMap<>();
        o.forEach((k, v) -> {
            if (k.startsWith(MAP)) {
                map.put(k.substring(MAP.length()), v);
            }
        });
        String delimiter = o.get("delimiter");
        return new CsvOptions(o.containsKey("encoding") ? Charset.forName(o.get("encoding")) : null,
                delimiter == null || delimiter.isEmpty() ? (char) 0 : delimiter.charAt(0), map);
    }
}
