package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.testing.TestStores;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.TitleQueries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueImporterTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("s.db"));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private ImportReport importFile(Path file, String platform, String asOf) throws Exception {
        return new CatalogueImporter(store).run(new CatalogueImport(file, platform, null,
                asOf == null ? null : LocalDate.parse(asOf), null, CsvOptions.DEFAULT, false), ImportProgress.NONE);
    }

    private int count(String sql) throws Exception {
        return store.database().read(c -> {
            try (var rs = c.prepareStatement(sql).executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    @Test
    void theRealNetflixFileIsImportedWhole() throws Exception {
        ImportReport r = importFile(CatalogueReaderTest.NETFLIX, "netflix", null);
        assertThat(r.rowsRead()).isEqualTo(8807);
        assertThat(r.imported()).isEqualTo(8807);
        assertThat(r.added()).isEqualTo(8807);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2021, 9, 25));
        assertThat(count("SELECT COUNT(*) FROM title")).isEqualTo(8807);
        assertThat(store.platforms().find("netflix")).isPresent();
    }

    @Test
    void reimportingTheSameFileForTheSameDateIsRefusedAndWithReplaceChangesNothing() throws Exception {
        importFile(CatalogueReaderTest.PRIME, "prime_video", null);
        String before = TestStores.contentDigest(store);
        assertThatThrownBy(() -> importFile(CatalogueReaderTest.PRIME, "prime_video", null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("a snapshot of prime_video as of 2021-10-10 (territory not stated) is already stored, "
                        + "with 9,668 titles").hasMessageContaining("--replace");
        assertThat(TestStores.contentDigest(store)).isEqualTo(before);
        ImportReport again = new CatalogueImporter(store).run(new CatalogueImport(CatalogueReaderTest.PRIME, "prime_video", null,
                null, null, CsvOptions.DEFAULT, false, true, null), ImportProgress.NONE);
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(9668);
        assertThat(again.snapshot().replacedTitles()).isEqualTo(9668);
        assertThat(again.snapshot().noLongerListed()).isZero();
        assertThat(count("SELECT COUNT(*) FROM title")).isEqualTo(9668);
        assertThat(count("SELECT COUNT(*) FROM (" + fr.vodcompare.store.ImpliedVersions.ALL + ")")).isEqualTo(9668);
        assertThat(count("SELECT COUNT(*) FROM title_presence")).isEqualTo(9668);
    }

    @Test
    void aTitleSeenInTwoSnapshotsIsStoredOnceWithBothDates() throws Exception {
        Path jan = TestStores.write(dir, "jan.csv", "show_id,type,title,release_year\ns1,Movie,Amélie,2001\ns2,Movie,Gone,1999\n");
        Path feb = TestStores.write(dir, "feb.csv", "show_id,type,title,release_year\ns1,Movie,Amélie,2001\ns3,TV Show,New,2021\n");
        importFile(jan, "acme", "2021-01-01");
        ImportReport r = importFile(feb, "acme", "2021-02-01");
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM title")).isEqualTo(3);
        // one run of presence across both snapshots: history grows with changes, not with snapshots
        assertThat(count("SELECT COUNT(*) FROM title_presence p JOIN title t ON t.id = p.title_id WHERE t.show_id = 's1' "
                + "AND p.first_seen = '2021-01-01' AND p.last_seen = '2021-02-01'")).isEqualTo(1);
        assertThat(store.catalogue().snapshots()).extracting(Snapshot::asOf)
                .containsExactly(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 1));
        List<TitleQueries.PlatformCount> counts = store.titles().platformCounts();
        assertThat(counts).singleElement().satisfies(c -> {
            assertThat(c.titles()).isEqualTo(2);
            assertThat(c.asOf()).isEqualTo(LocalDate.of(2021, 2, 1));
        });
    }

    @Test
    void titlesDifferingOnlyInCaseButWithDifferentIdsAreTwoTitles() throws Exception {
        Path f = TestStores.write(dir, "c.csv", "show_id,type,title,release_year\ns1,Movie,Heist,2020\ns2,Movie,HEIST,2020\n");
        importFile(f, "acme", null);
        assertThat(count("SELECT COUNT(*) FROM title")).isEqualTo(2);
    }

    @Test
    void filesWithoutIdsAreKeyedOnNormalisedTitleYearAndKind() throws Exception {
        Path f = TestStores.write(dir, "n.csv", "type,title,release_year\nMovie,Amélie,2001\nMovie,amelie!,2001\nTV Show,Amélie,2001\n");
        ImportReport r = importFile(f, "acme", null);
        assertThat(r.warnings()).extracting(ImportWarning::line).containsExactly(3L);
        assertThat(count("SELECT COUNT(*) FROM title")).isEqualTo(2);
    }

    @Test
    void aTitleTwiceInOneFileKeepsTheLaterRowsCountriesAndGenres() throws Exception {
        Path f = TestStores.write(dir, "twice.csv", "show_id,type,title,country,listed_in\n"
                + "s1,Movie,X,France,Dramas\ns1,Movie,X,Belgium,Comedies\n");
        importFile(f, "acme", null);
        assertThat(count("SELECT COUNT(*) FROM title_country tc JOIN country c ON c.id = tc.country_id WHERE c.name = 'Belgium'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM title_country")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM title_genre")).isEqualTo(1);
    }

    @Test
    void aNewPlatformIdCreatesThePlatformWithItsName() throws Exception {
        Path f = TestStores.write(dir, "n.csv", "type,title\nMovie,X\n");
        new CatalogueImporter(store).run(new CatalogueImport(f, "filmo_plus", "Filmo+", null, "fr", CsvOptions.DEFAULT, false),
                ImportProgress.NONE);
        assertThat(store.platforms().find("filmo_plus")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Filmo+"));
        assertThat(store.catalogue().snapshots()).singleElement().satisfies(s -> assertThat(s.territory()).isEqualTo("FR"));
    }

    @Test
    void rowsAddedAfterTheSnapshotDateAreKeptWithAWarning() throws Exception {
        Path f = TestStores.write(dir, "d.csv", "show_id,type,title,date_added\ns1,Movie,X,\"March 1, 2021\"\ns2,Movie,Y,\"June 1, 2021\"\n");
        ImportReport r = importFile(f, "acme", "2021-04-01");
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).contains("after the snapshot date 2021-04-01");
        });
    }

    @Test
    void aBrokenFileLeavesTheStoreExactlyAsBefore() throws Exception {
        importFile(CatalogueReaderTest.NETFLIX, "netflix", null);
        String before = TestStores.contentDigest(store);
        Path broken = TestStores.write(dir, "broken.csv", "show_id,type,title\ns1,Movie,Fine\ns2,Movie,\"Unclosed\ns3,Movie,X\n");
        assertThatThrownBy(() -> importFile(broken, "netflix", "2022-01-01"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(broken + ":");
        Path missing = TestStores.write(dir, "missing.csv", "name,year\nX,2001\n");
        assertThatThrownBy(() -> importFile(missing, "netflix", "2022-01-01"))
                .hasMessageContaining("missing columns type, title");
        assertThat(TestStores.contentDigest(store)).isEqualTo(before);
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        String before = TestStores.contentDigest(store);
        ImportProgress cancelAtWrite = new ImportProgress() {
            private boolean writing;

            @Override
            public void step(String what) {
                writing = what.equals("writing");
            }

            @Override
            public boolean cancelled() {
                return writing;
            }
        };
        assertThatThrownBy(() -> new CatalogueImporter(store).run(new CatalogueImport(CatalogueReaderTest.NETFLIX, "netflix",
                null, null, null, CsvOptions.DEFAULT, false), cancelAtWrite)).isInstanceOf(ImportCancelledException.class);
        assertThat(TestStores.contentDigest(store)).isEqualTo(before);
    }

    @Test
    void aDryRunReadsAndChecksButWritesNothing() throws Exception {
        String before = TestStores.contentDigest(store);
        ImportReport r = new CatalogueImporter(store).run(new CatalogueImport(CatalogueReaderTest.PRIME, "prime_video", null,
                null, null, CsvOptions.DEFAULT, true), ImportProgress.NONE);
        assertThat(r.dryRun()).isTrue();
        assertThat(r.imported()).isEqualTo(9668);
        assertThat(TestStores.contentDigest(store)).isEqualTo(before);
    }

    @Test
    void searchIgnoresAccentsAndCaseAndFindsNewTitles() throws Exception {
        Path f = TestStores.write(dir, "a.csv", "show_id,type,title,director,cast\n"
                + "s1,Movie,Le Fabuleux Destin d'Amélie Poulain,Jean-Pierre Jeunet,Audrey Tautou\n"
                + "s2,Movie,Other,Someone,Mathieu Kassovitz\n");
        importFile(f, "acme", null);
        assertThat(store.titles().search("amelie", null, 10)).extracting(t -> t.showId()).containsExactly("s1");
        assertThat(store.titles().search("TAUT", null, 10)).extracting(t -> t.showId()).containsExactly("s1");
        assertThat(store.titles().search("jeunet amél", "acme", 10)).hasSize(1);
        assertThat(store.titles().search("kassovitz", "other_platform", 10)).isEmpty();
        assertThat(store.titles().search("\"*()", null, 10)).isEmpty();
    }

    @Test
    void aTitleRenamedInALaterSnapshotIsFoundByItsNewNameOnly() throws Exception {
        importFile(TestStores.write(dir, "a.csv", "show_id,type,title,director\ns1,Movie,Old Name,Agnès Varda\n"), "acme", "2021-01-01");
        ImportReport r = importFile(TestStores.write(dir, "b.csv", "show_id,type,title,director\ns1,Movie,Nouveau Nom,Agnès Varda\n"),
                "acme", "2021-02-01");
        assertThat(r.updated()).isEqualTo(1);
        assertThat(store.titles().search("nouveau", null, 5)).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("Nouveau Nom"));
        assertThat(store.titles().search("old name", null, 5)).isEmpty();
        assertThat(store.titles().search("varda", null, 5)).hasSize(1);
        store.database().read(c -> c.createStatement().execute("INSERT INTO title_fts(title_fts) VALUES('integrity-check')"));
    }

    @Test
    void aPlatformAnImportNamesFirstGetsAStoredColourFarFromEveryOther() throws Exception {
        importFile(CatalogueReaderTest.PRIME, "prime_video", null);
        importFile(CatalogueReaderTest.PRIME, "mubi", null);
        importFile(CatalogueReaderTest.PRIME, "canal_plus", null);
        List<String> colours = store.platforms().all().stream().map(p -> p.colour()).toList();
        assertThat(colours).hasSize(3).doesNotContainNull().allMatch(c -> c.matches("#[0-9A-F]{6}"));
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                assertThat(fr.vodcompare.model.PlatformColours.distance(colours.get(i), colours.get(j)))
                        .isGreaterThanOrEqualTo(fr.vodcompare.model.PlatformColours.MIN_DISTANCE);
            }
        }
        String mubi = store.platforms().find("mubi").orElseThrow().colour();
        importFile(CatalogueReaderTest.PRIME, "mubi", "2024-01-01");
        assertThat(store.platforms().find("mubi").orElseThrow().colour()).isEqualTo(mubi);
    }
}
