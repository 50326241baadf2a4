package fr.vodcompare.store;

import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Original;
import fr.vodcompare.model.Platform;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import fr.vodcompare.model.Top10Entry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The writes an import makes, inside one transaction on the writer thread (see {@link Store#transaction}).
 * Keeps SQL in this package while letting an importer combine several writes atomically.
 */
public final class StoreTransaction {
    private final Connection c;

    StoreTransaction(Connection c) {
        this.c = c;
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Sql<T> call) throws StoreException {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new StoreException("Writing to the store failed: " + e.getMessage(), e);
        }
    }

    /** Records the kept copy of the file being imported (see {@link ImportCopies}); returns the store's identity. */
    public String recordImportCopy(String id, String subject) throws StoreException {
        return sql(() -> ImportCopies.record(c, id, subject));
    }

    /** Forgets the kept copies of a subject (a snapshot being replaced). */
    public void forgetImportCopies(String subject) throws StoreException {
        sql(() -> {
            ImportCopies.forget(c, subject);
            return null;
        });
    }

    public void upsertPlatform(Platform p, boolean bundled) throws StoreException {
        sql(() -> {
            PlatformRepository.upsert(c, p, bundled);
            return null;
        });
    }

    /** Creates a platform named by an import for the first time; an existing one stays as it is. */
    public void ensurePlatform(String id, String name) throws StoreException {
        sql(() -> {
            PlatformRepository.ensure(c, id, name);
            return null;
        });
    }

    /** The registry id of a platform name as a source writes it ("Amazon"), if it is one. */
    public Optional<String> resolvePlatform(String label) throws StoreException {
        return sql(() -> PlatformRepository.resolve(c, label));
    }

    /**
     * Writes a snapshot; one already stored for the same platform, date and territory is refused
     * ({@link SnapshotExistsException}) unless {@code replace}.
     */
    public CatalogueRepository.ImportCounts importSnapshot(Snapshot spec, List<Title> titles, boolean replace)
            throws StoreException {
        try {
            CatalogueRepository.ImportCounts n = CatalogueRepository.importSnapshot(c, spec, titles, replace);
            // the Top 10 lists link to catalogue titles: a new catalogue may link more of them
            Top10Repository.relink(c);
            return n;
        } catch (SQLException e) {
            throw new StoreException("Writing to the store failed: " + e.getMessage(), e);
        }
    }

    /**
     * What {@link #importNewPlatform} wrote, the rows that repeated an earlier row's file key ({line, earlier line}), and
     * the new titles' candidate pairs for matching, when found as they were written (else null: matching reads them).
     */
    public record StreamedImport(CatalogueRepository.ImportCounts counts, List<long[]> repeated,
                                 List<WorkRepository.Candidate> candidates) {
    }

    /**
     * Writes the first snapshot of a platform that has none, from rows read one at a time ({@link NewPlatformWriter}):
     * every row is a new title. A failure of the stream rolls the whole write back.
     */
    public StreamedImport importNewPlatform(TitleStream rows) throws Exception {
        NewPlatformWriter.Result r = NewPlatformWriter.write(c, rows);
        Top10Repository.relink(c);
        return new StreamedImport(CatalogueRepository.ImportCounts.of(r.outcome()), r.repeated(), r.candidates());
    }

    /**
     * Writes a snapshot of a platform the store has, from rows read one at a time: staged, matched and written in
     * bounded memory ({@link SnapshotWriter}). One already stored for the same platform, date and territory (known once
     * the rows are read) is refused ({@link SnapshotExistsException}) unless {@code replace}. A failure of the stream
     * rolls the whole write back.
     */
    public StreamedImport importSnapshot(TitleStream rows, boolean replace) throws Exception {
        SnapshotWriter.Streamed r = SnapshotWriter.write(c, rows, replace);
        Top10Repository.relink(c);
        return new StreamedImport(CatalogueRepository.ImportCounts.of(r.outcome()), r.repeated(), null);
    }

    /** The stored snapshot of a platform, date and territory, if any. */
    public Optional<Snapshot> findSnapshot(String platformId, java.time.LocalDate asOf, String territory) throws StoreException {
        return sql(() -> Optional.ofNullable(Snapshots.find(c, platformId, asOf, territory)));
    }

    /**
     * Writes the lines of a Top 10 file, only the lists (country and week) not stored yet, and links the works to
     * the catalogue.
     *
     * @param layout        {@code countries} or {@code global}
     * @param countryFilter the country kept ({@code --country}), or null for every one
     */
    public Top10Repository.ImportCounts importTop10(String fileName, String layout, String countryFilter, int rowsRead,
                                                    List<Top10Entry> entries) throws StoreException {
        return sql(() -> Top10Repository.importFile(c, fileName, layout, countryFilter, rowsRead, entries));
    }

    /** @return true when the figure was new */
    public boolean insertFact(Fact f, boolean bundled) throws StoreException {
        return sql(() -> FactRepository.insert(c, f, bundled));
    }

    public void upsertOriginal(Original o, boolean bundled) throws StoreException {
        sql(() -> {
            OriginalRepository.upsert(c, o, bundled);
            return null;
        });
    }

    /** Removes the bundled snapshots, facts and originals (before reloading them); user imports stay. */
    public void deleteBundled() throws StoreException {
        sql(() -> {
            OriginalRepository.deleteBundled(c);
            return null;
        });
    }

    public void putMeta(String key, String value) throws StoreException {
        sql(() -> {
            MetaRepository.put(c, key, value);
            return null;
        });
    }
}
