package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.fixture.Top10Fixture;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.ImportCopies;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreSetAside;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copies of the user's imports kept beside the store: one per committed import, none for a refused or killed one,
 * none once its import is deleted, and all of them imported again, in order and with their options, into the new
 * store made after a damaged one is set aside.
 */
class KeptImportsTest {
    static final String HEADER = CatalogueHistoryTest.HEADER;
    static final String ROWS = "a1,Movie,One,,,France,,2001,,,,\na2,TV Show,Two,,,,,2002,,,,\na3,Movie,Three,,,,,2003,,,,\n";

    @TempDir
    Path dir;
    Path file;
    Store store;
    int files;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("s.db");
        store = Store.open(file);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path csv(String name, String rows) throws Exception {
        return TestStores.write(dir, name, HEADER + rows);
    }

    private ImportReport catalogue(Path f, String platform, String asOf, String territory, boolean replace) throws Exception {
        return new CatalogueImporter(store).run(new CatalogueImport(f, platform, "Acme TV", LocalDate.parse(asOf), territory,
                CsvOptions.DEFAULT, false, replace, null), ImportProgress.NONE);
    }

    private KeptImports kept() {
        return KeptImports.beside(file);
    }

    /** What a damaged store's recovery does: the file is set aside, a new one opened in its place and restored. */
    private ImportReplay.Result setAsideAndRestore() throws Exception {
        store.close();
        StoreSetAside.setAside(file, LocalDateTime.of(2026, 12, 2, 3, 0));
        store = Store.open(file);
        return ImportReplay.restore(store, f -> { });
    }

    private List<String> snapshots() throws Exception {
        return store.history().snapshots("acme").stream().map(s -> s.asOf() + " " + s.territory() + " " + s.titleCount()
                + " " + s.sourceFile()).toList();
    }

    @Test
    void aCommittedImportKeepsACompressedCopyThatANewStoreImportsAgainTheSameWay() throws Exception {
        catalogue(csv("acme-2020.csv", ROWS), "acme", "2020-01-01", "FR", false);
        catalogue(csv("acme-2021.csv", ROWS + "a4,Movie,Four,,,,,2004,,,,\n"), "acme", "2021-01-01", null, false);
        Path facts = TestStores.write(dir, "mine.csv", """
                metric,platform,period,value,unit,source,source_url,note
                subscribers,Acme TV,2023,"5,5",million subscriptions,Example Analyst (report p. 3),https://example.org/r,
                """);
        new FactsImporter(store).run(facts, CsvOptions.DEFAULT, false);
        List<String> before = snapshots();

        assertThat(kept().entries()).extracting(KeptImports.Entry::file, KeptImports.Entry::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme-2020.csv", "committed"),
                        org.assertj.core.groups.Tuple.tuple("acme-2021.csv", "committed"),
                        org.assertj.core.groups.Tuple.tuple("mine.csv", "committed"));
        // compressed: a Zstandard frame (its magic number 0xFD2FB528, little-endian), not the file's bytes
        byte[] zst = Files.readAllBytes(kept().folder().resolve("000001-catalogue.zst"));
        assertThat(new int[] {zst[0] & 0xff, zst[1] & 0xff, zst[2] & 0xff, zst[3] & 0xff}).containsExactly(0x28, 0xb5, 0x2f, 0xfd);

        ImportReplay.Result r = setAsideAndRestore();

        assertThat(r.replayed()).isEqualTo(3);
        assertThat(r.failed()).isEmpty();
        // the second file named no territory: it took the first's (FR), and the copy says so, so the replay agrees
        assertThat(before).containsExactly("2020-01-01 FR 3 acme-2020.csv", "2021-01-01 FR 4 acme-2021.csv");
        assertThat(snapshots()).isEqualTo(before);
        assertThat(store.facts().byMetric("subscribers")).singleElement().satisfies(f -> assertThat(f.low()).isEqualTo(5.5));
        // the copies now belong to the new store: opening it again replays nothing
        assertThat(ImportReplay.restore(store, f -> { }).replayed()).isZero();
        assertThat(store.importCopies().recorded()).hasSize(3);
    }

    @Test
    void aGzipCopyKeptByAnEarlierVersionIsImportedAgainAndDroppedWithItsSnapshot() throws Exception {
        catalogue(csv("acme-2020.csv", ROWS), "acme", "2020-01-01", "FR", false);
        List<String> before = snapshots();
        // what versions before Zstandard kept: the same file, gzip-compressed, as N-KIND.gz
        Path zst = kept().folder().resolve("000001-catalogue.zst");
        Path gz = kept().folder().resolve("000001-catalogue.gz");
        try (var in = new com.github.luben.zstd.ZstdInputStream(Files.newInputStream(zst));
             var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        Files.delete(zst);

        assertThat(setAsideAndRestore().replayed()).isEqualTo(1);
        assertThat(snapshots()).isEqualTo(before);
        store.catalogue().deleteSnapshot(store.history().snapshots("acme").get(0).id());
        ImportReplay.restore(store, f -> { });
        assertThat(gz).doesNotExist();
        assertThat(kept().entries()).isEmpty();
    }

    @Test
    void aRefusedImportKeepsNoCopy() throws Exception {
        Path bad = TestStores.write(dir, "bad.csv", HEADER);
        assertThatThrownBy(() -> catalogue(bad, "acme", "2020-01-01", null, false)).isInstanceOf(ImportException.class);
        catalogue(csv("ok.csv", ROWS), "acme", "2020-01-01", null, false);
        assertThatThrownBy(() -> catalogue(csv("again.csv", ROWS), "acme", "2020-01-01", null, false))
                .isInstanceOf(SnapshotConflictException.class);

        assertThat(kept().entries()).extracting(KeptImports.Entry::file).containsExactly("ok.csv");
        try (var listing = Files.list(kept().folder())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("000001-catalogue.zst",
                    "000001-catalogue.json");
        }
    }

    @Test
    void aDryRunOnAStoreWithNoImportsMakesNoFolder() throws Exception {
        new CatalogueImporter(store).run(new CatalogueImport(csv("dry.csv", ROWS), "acme", null, null, null, CsvOptions.DEFAULT,
                true), ImportProgress.NONE);
        assertThat(kept().folder()).doesNotExist();
    }

    @Test
    void aCopyWhoseImportWasKilledBeforeItsCommitIsRemovedAndNeverReplayed() throws Exception {
        catalogue(csv("ok.csv", ROWS), "acme", "2020-01-01", null, false);
        // killed after the copy was written, before the transaction committed: described pending, unknown to the store
        kept().keep(KeptImports.Kind.CATALOGUE, csv("killed.csv", ROWS), ImportCopies.catalogueSubject("acme",
                LocalDate.parse("2021-01-01"), Snapshot.UNSTATED), Map.of("platform", "acme", "as_of", "2021-01-01",
                "territory", Snapshot.UNSTATED));
        assertThat(kept().entries()).hasSize(2);

        assertThat(ImportReplay.restore(store, f -> { }).replayed()).isZero();
        assertThat(kept().entries()).extracting(KeptImports.Entry::file).containsExactly("ok.csv");
        assertThat(setAsideAndRestore().replayed()).isEqualTo(1);
        assertThat(snapshots()).containsExactly("2020-01-01 not-stated 3 ok.csv".replace("not-stated", Snapshot.UNSTATED));
    }

    @Test
    void aCopyWhoseImportCommittedButWasNotMarkedIsKept() throws Exception {
        // killed between the commit and the description's update: the store recorded it, the folder says pending
        KeptImports.Copy copy = kept().keep(KeptImports.Kind.CATALOGUE, csv("ok.csv", ROWS), ImportCopies.catalogueSubject(
                "acme", LocalDate.parse("2020-01-01"), Snapshot.UNSTATED), Map.of("platform", "acme", "as_of", "2020-01-01",
                "territory", Snapshot.UNSTATED));
        Writes.run(store, tx -> {
            copy.record(tx);
            return null;
        });
        assertThat(kept().entries()).singleElement().satisfies(e -> assertThat(e.state()).isEqualTo("pending"));

        ImportReplay.restore(store, f -> { });

        assertThat(kept().entries()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo("committed");
            assertThat(e.store()).isEqualTo(store.importCopies().storeId().orElseThrow());
        });
    }

    @Test
    void deletingOrReplacingASnapshotDropsItsCopy() throws Exception {
        catalogue(csv("first.csv", ROWS), "acme", "2020-01-01", null, false);
        catalogue(csv("second.csv", ROWS), "acme", "2021-01-01", null, false);
        catalogue(csv("second-fixed.csv", "a1,Movie,One,,,,,2001,,,,\n"), "acme", "2021-01-01", null, true);
        Snapshot first = store.history().snapshots("acme").stream().filter(s -> s.asOf().getYear() == 2020).findFirst()
                .orElseThrow();
        store.catalogue().deleteSnapshot(first.id());

        ImportReplay.restore(store, f -> { });
        assertThat(kept().entries()).extracting(KeptImports.Entry::file).containsExactly("second-fixed.csv");

        assertThat(setAsideAndRestore().replayed()).isEqualTo(1);
        assertThat(snapshots()).containsExactly("2021-01-01 " + Snapshot.UNSTATED + " 1 second-fixed.csv");
    }

    @Test
    void deletingAPlatformDropsTheCopiesOfItsCatalogues() throws Exception {
        catalogue(csv("acme.csv", ROWS), "acme", "2020-01-01", null, false);
        catalogue(csv("other.csv", ROWS), "acme_plus", "2020-01-01", null, false);
        store.platforms().delete("acme");

        ImportReplay.restore(store, f -> { });

        assertThat(kept().entries()).extracting(KeptImports.Entry::file).containsExactly("other.csv");
    }

    @Test
    void aTop10FileAndItsCountryComeBackAndDeletingItDropsItsCopy() throws Exception {
        Path top10 = Top10Fixture.write(dir, "all-weeks-countries.tsv", Top10Fixture.countries());
        Top10Report first = new Top10Importer(store).run(top10, "fr", ImportProgress.NONE);
        assertThat(first.entriesAdded()).isPositive();
        int weeks = store.top10().files().get(0).weeks();

        assertThat(setAsideAndRestore().replayed()).isEqualTo(1);
        assertThat(store.top10().files()).singleElement().satisfies(f -> {
            assertThat(f.weeks()).isEqualTo(weeks);
            assertThat(f.countryFilter()).isEqualTo("FR");
        });

        store.top10().deleteFile(store.top10().files().get(0).id());
        ImportReplay.restore(store, f -> { });
        assertThat(kept().entries()).isEmpty();
        assertThat(kept().folder()).doesNotExist();
    }
}
