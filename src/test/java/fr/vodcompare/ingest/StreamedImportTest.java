package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed import of a catalogue ({@link StreamedImport}), a platform's first or a later one: it stores exactly what
 * the whole-file import stores, keeps its indexes after a large load, and a file that fails anywhere writes nothing.
 */
class StreamedImportTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("s.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportReport importFile(Path file, String platform) throws Exception {
        return new CatalogueImporter(store).run(new CatalogueImport(file, platform, null, null, null, CsvOptions.DEFAULT, false),
                ImportProgress.NONE);
    }

    /** What a catalogue import stores, table by table, without the ids and times that differ between two stores. */
    private static List<String> stored(Store s) throws Exception {
        String[] queries = {
            "SELECT platform_id, ext_key, " + ATTRS + ", work_key FROM title ORDER BY ext_key",
            // the versions as the app reads them (schema 16: a title with no version row has one, its row)
            "SELECT t.ext_key, a.as_of, a.match_rule, a.ref, " + prefixed("v") + " FROM (" + fr.vodcompare.store.ImpliedVersions.ALL
                    + ") a JOIN title t ON t.id = a.title_id LEFT JOIN title_version v ON v.title_id = a.title_id "
                    + "AND v.snapshot_id = a.snapshot_id ORDER BY t.ext_key, a.as_of",
            "SELECT i.platform_id, i.show_id, t.ext_key FROM (" + fr.vodcompare.store.FileIds.ALL + ") i JOIN title t ON t.id = i.title_id "
                    + "ORDER BY 1, 2",
            "SELECT t.ext_key, c.name, tc.position FROM title_country tc JOIN title t ON t.id = tc.title_id "
                    + "JOIN country c ON c.id = tc.country_id ORDER BY 1, 2",
            "SELECT t.ext_key, g.name FROM title_genre tg JOIN title t ON t.id = tg.title_id JOIN genre g ON g.id = tg.genre_id "
                    + "ORDER BY 1, 2",
            "SELECT t.ext_key, p.platform_id, p.territory, p.first_seen, p.last_seen FROM title_presence p "
                    + "JOIN title t ON t.id = p.title_id ORDER BY 1",
            "SELECT platform_id, as_of, territory, source_file, bundled, title_count FROM snapshot ORDER BY 1",
            "SELECT t.ext_key FROM title_fts f JOIN title t ON t.id = f.rowid WHERE title_fts MATCH 'amelie OR lupin OR omar' "
                    + "ORDER BY 1",
        };
        List<String> out = new ArrayList<>();
        for (String q : queries) {
            out.add(s.database().read(c -> {
                StringBuilder b = new StringBuilder(q).append('\n');
                try (var rs = c.prepareStatement(q).executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            b.append(rs.getObject(i)).append('|');
                        }
                        b.append('\n');
                    }
                }
                return b.toString();
            }));
        }
        return out;
    }

    private static final String ATTRS = "show_id, kind, name, norm_name, director, cast_list, country_text, genre_text, date_added, "
            + "release_year, rating, duration, duration_minutes, seasons, description";

    private static String prefixed(String alias) {
        return String.join(", ", java.util.Arrays.stream(ATTRS.split(", ")).map(c -> alias + "." + c).toList());
    }

    /** The first column of the first row, as text. */
    private String one(String sql) throws Exception {
        return store.database().read(c -> {
            try (var rs = c.prepareStatement(sql).executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private static List<String> indexes(Store s) throws Exception {
        return s.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (var rs = c.prepareStatement("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    + "ORDER BY name").executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void theStreamedImportStoresWhatTheWholeFileImportStores() throws Exception {
        ImportReport streamed = importFile(CatalogueReaderTest.NETFLIX, "netflix");
        assertThat(streamed.added()).isEqualTo(8807);
        try (Store whole = Store.open(dir.resolve("whole.db"))) {
            CatalogueImport req = new CatalogueImport(CatalogueReaderTest.NETFLIX, "netflix", null, null, null, CsvOptions.DEFAULT,
                    false);
            CatalogueImporter.Prepared p = CatalogueImporter.prepare(CsvTable.read(req.file(), req.csv()), req, Snapshot.UNSTATED, true);
            whole.transaction(tx -> CatalogueImporter.apply(tx, p, false));
            WorkMatching.rematch(whole, "netflix");
            assertThat(stored(store)).isEqualTo(stored(whole));
            assertThat(streamed.warnings()).isEqualTo(p.warnings());
            assertThat(streamed.asOf()).isEqualTo(p.spec().asOf());
        }
    }

    /** A catalogue of {@code rows} rows, each title a word and its number; {@code bad} (when > 0): that row's quote never closes. */
    private Path large(int rows, int bad) throws IOException {
        Path f = dir.resolve("large-" + rows + ".csv");
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write("show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description\n");
            String[] words = {"Lupin", "Amélie", "Marseille", "Osmosis", "The Eddy", "Dark", "Élite"};
            for (int i = 1; i <= rows; i++) {
                String title = i == bad ? "\"Unclosed " + i : words[i % words.length] + " " + i;
                w.write("s" + i + "," + (i % 3 == 0 ? "TV Show" : "Movie") + "," + title + ",Dir " + (i % 97) + ",\"A " + (i % 13)
                        + ", B\",France,\"March " + (1 + i % 28) + ", 2021\"," + (1950 + i % 70) + ",PG," + (i % 3 == 0 ? "2 Seasons"
                        : "90 min") + ",\"Dramas, Comedies\",Row " + i + "\n");
            }
        }
        return f;
    }

    @Test
    void theStoreFailingWhileTheFileIsStillReadEndsTheImportAtOnceAndKeepsNoCopy() throws Exception {
        importFile(CatalogueReaderTest.PRIME, "prime_video");
        // the store refuses row 20,000 of 60,000: its writer fails while the reader is still reading the file
        refuse("title", "new.name = 'Amélie 20000'");
        String digest = TestStores.contentDigest(store);
        Path f = large(60_000, 0);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> assertThatThrownBy(() -> importFile(f, "big"))
                .isInstanceOf(fr.vodcompare.store.StoreException.class).hasMessageContaining("nothing was written"));
        assertThat(TestStores.contentDigest(store)).isEqualTo(digest);
        try (var kept = Files.list(KeptImports.beside(dir.resolve("s.db")).folder())) {
            assertThat(kept.filter(p -> p.toString().endsWith(".zst")).count()).isEqualTo(1); // prime_video's only
        }
    }

    @Test
    void aLargeLoadBuildsItsIndexesAgainAndEverythingIsFoundThroughThem() throws Exception {
        List<String> before = indexes(store);
        ImportReport r = importFile(large(60_000, 0), "big");
        assertThat(r.added()).isEqualTo(60_000);
        assertThat(indexes(store)).isEqualTo(before);
        assertThat(store.database().check()).isEmpty();
        assertThat(one("SELECT COUNT(*) FROM title_fts WHERE title_fts MATCH 'amelie'")).isEqualTo(String.valueOf(60_000 / 7 + 1));
        assertThat(store.catalogue().snapshots()).singleElement().satisfies(s -> assertThat(s.titleCount()).isEqualTo(60_000));
        // each title's one version is its row, with no version row (schema 16), read from it as the snapshot's
        assertThat(one("SELECT COUNT(*) FROM title_version")).isEqualTo("0");
        assertThat(one("SELECT COUNT(*) FROM (" + fr.vodcompare.store.ImpliedVersions.ALL + ") WHERE ref")).isEqualTo("60000");
        assertThat(store.history().titles(store.catalogue().snapshots().get(0))).hasSize(60_000)
                .allSatisfy(t -> assertThat(t.name()).isNotBlank());
        // the indexes were sorted in small runs by helper threads: the writer's cache and sorting are set back after
        List<String> after = store.database().write(c -> List.of(pragma(c, "cache_size"), pragma(c, "threads")));
        assertThat(after).containsExactly("-65536", "0");
    }

    private static String pragma(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (var rs = c.prepareStatement("PRAGMA " + name).executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Makes the store refuse a row inserted into {@code table} when {@code when} holds ("refused by the test"). */
    private void refuse(String table, String when) throws Exception {
        store.database().write(c -> c.createStatement().executeUpdate("CREATE TRIGGER boom BEFORE INSERT ON " + table
                + " WHEN " + when + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    }

    /** The full-text index checked against the titles it indexes (FTS5's own check); throws when they differ. */
    private void ftsIntegrity() throws Exception {
        store.database().write(c -> c.createStatement().execute("INSERT INTO title_fts(title_fts) VALUES ('integrity-check')"));
    }

    /** The full-text index's own tables, row for row. */
    private String ftsTables() throws Exception {
        StringBuilder b = new StringBuilder();
        for (String t : List.of("title_fts_data", "title_fts_idx", "title_fts_docsize", "title_fts_config")) {
            b.append(t).append(' ').append(one("SELECT COUNT(*) || ' ' || COALESCE(SUM(LENGTH(CAST(" + (t.endsWith("config") ? "v"
                    : t.endsWith("idx") ? "term" : t.endsWith("data") ? "block" : "sz") + " AS BLOB))), 0) FROM " + t)).append('\n');
        }
        return b.toString();
    }

    /** What a write transaction's connection has attached (main and temp only once it has ended), and files aside left. */
    private List<String> leftAside() throws Exception {
        List<String> out = new ArrayList<>(store.database().write(c -> {
            List<String> names = new ArrayList<>();
            try (var rs = c.prepareStatement("PRAGMA database_list").executeQuery()) {
                while (rs.next()) {
                    if (!List.of("main", "temp").contains(rs.getString(2))) {
                        names.add(rs.getString(2));
                    }
                }
            }
            return names;
        }));
        try (var tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            tmp.filter(f -> f.getFileName().toString().startsWith("vodcompare-fts-")).forEach(f -> out.add(f.toString()));
        }
        return out;
    }

    @Test
    void aLargeLoadsFullTextIndexBuiltAsideHoldsTheStoresTitlesAndTheNewOnes() throws Exception {
        importFile(CatalogueReaderTest.PRIME, "prime_video");
        String word = one("SELECT name FROM title WHERE name NOT LIKE '% %' AND LENGTH(name) > 5 ORDER BY id LIMIT 1");
        String before = one("SELECT group_concat(rowid) FROM title_fts WHERE title_fts MATCH '\"" + word + "\"'");
        String amelie = one("SELECT COUNT(*) FROM title_fts WHERE title_fts MATCH 'amelie'");
        List<String> aside = leftAside();
        importFile(large(60_000, 0), "big");
        ftsIntegrity(); // every title indexed as its row says, nothing more
        // written without SQLite checking references row by row (Database#writeNewRows): every reference holds
        String broken = store.database().read(c -> {
            try (var rs = c.prepareStatement("PRAGMA foreign_key_check").executeQuery()) {
                return rs.next() ? rs.getString(1) + " -> " + rs.getString(3) : "none";
            }
        });
        assertThat(broken).isEqualTo("none");
        assertThat(one("SELECT COUNT(*) FROM title_fts_docsize")).isEqualTo(one("SELECT COUNT(*) FROM title")); // and measured
        assertThat(one("SELECT group_concat(rowid) FROM title_fts WHERE title_fts MATCH '\"" + word + "\"'")).isEqualTo(before);
        assertThat(Integer.parseInt(one("SELECT COUNT(*) FROM title_fts WHERE title_fts MATCH 'amelie'")))
                .isEqualTo(Integer.parseInt(amelie) + 60_000 / 7 + 1);
        assertThat(one("SELECT v FROM title_fts_config WHERE k = 'hashsize'")).isNull(); // the bulk's setting not kept
        assertThat(leftAside()).isEqualTo(aside);
    }

    @Test
    void aLargeLoadFailingAfterItsIndexIsCopiedLeavesTheIndexAsItWas() throws Exception {
        importFile(CatalogueReaderTest.PRIME, "prime_video");
        // the store refuses the load's counts, written after its full-text index is copied in
        refuse("snapshot_count", "(SELECT COUNT(*) FROM title) > 50000");
        String digest = TestStores.contentDigest(store);
        String fts = ftsTables();
        List<String> aside = leftAside();
        assertThatThrownBy(() -> importFile(large(60_000, 0), "big")).isInstanceOf(fr.vodcompare.store.StoreException.class)
                .hasMessageContaining("refused by the test");
        assertThat(TestStores.contentDigest(store)).isEqualTo(digest);
        assertThat(ftsTables()).isEqualTo(fts);
        ftsIntegrity();
        assertThat(leftAside()).isEqualTo(aside);
    }

    @Test
    void aLargeLoadWithARepeatedIdIndexesTheLaterRowsValues() throws Exception {
        Path f = large(60_000, 0);
        Files.writeString(f, "s5,Movie,Zanzibar Twice,Dir,A,France,\"March 1, 2021\",2000,PG,90 min,Dramas,Again\n",
                java.nio.file.StandardOpenOption.APPEND);
        importFile(f, "big");
        ftsIntegrity();
        assertThat(one("SELECT COUNT(*) FROM title_fts WHERE title_fts MATCH 'zanzibar'")).isEqualTo("1");
        assertThat(one("SELECT COUNT(*) FROM title_fts WHERE title_fts MATCH '{name}: \"osmosis 5\"'")).isEqualTo("0"); // s5's first name
    }

    @Test
    void aBadRowDeepInALargeFileWritesNothingAndKeepsNoCopy() throws Exception {
        importFile(CatalogueReaderTest.PRIME, "prime_video");
        String digest = TestStores.contentDigest(store);
        List<String> indexes = indexes(store);
        Path bad = large(60_000, 59_000);
        assertThatThrownBy(() -> importFile(bad, "big")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(bad + ":59001:");
        assertThat(TestStores.contentDigest(store)).isEqualTo(digest);
        assertThat(indexes(store)).isEqualTo(indexes);
        assertThat(KeptImports.beside(dir.resolve("s.db")).folder().resolve("..").normalize()).exists();
        try (var kept = Files.list(KeptImports.beside(dir.resolve("s.db")).folder())) {
            assertThat(kept.filter(p -> p.toString().endsWith(".zst")).count()).isEqualTo(1); // prime_video's only
        }
    }

    @Test
    void numericDatesThatTurnOutMonthFirstAreReadMonthFirst() throws Exception {
        Path f = TestStores.write(dir, "us.csv", "show_id,type,title,date_added\ns1,Movie,A,02/03/2021\ns2,Movie,B,01/13/2021\n");
        ImportReport r = importFile(f, "us");
        assertThat(r.warnings()).isEmpty();
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(one("SELECT date_added FROM title WHERE name = 'A'")).isEqualTo("2021-02-03");
    }

    @Test
    void numericDatesThatTurnOutDayFirstLoseTheAssumptionsWarning() throws Exception {
        Path f = TestStores.write(dir, "fr.csv", "show_id,type,title,date_added\ns1,Movie,A,02/03/2021\ns2,Movie,B,25/03/2021\n");
        ImportReport r = importFile(f, "fr_dates");
        assertThat(r.warnings()).isEmpty();
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2021, 3, 25));
        Path undecided = TestStores.write(dir, "u.csv", "show_id,type,title,date_added\ns1,Movie,A,02/03/2021\n");
        assertThat(importFile(undecided, "undecided").warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("read as 2 March 2021"));
    }

    @Test
    void aNewPlatformWithoutATerritoryIsNotStatedNotAssumed() throws Exception {
        ImportReport r = importFile(TestStores.write(dir, "n.csv", "type,title\nMovie,X\n"), "newcomer");
        assertThat(r.snapshot().territory()).isEqualTo(Snapshot.UNSTATED);
        assertThat(r.snapshot().territoryAssumed()).isFalse(); // it has no newest catalogue whose territory it took
    }

    @Test
    void aRepeatedIdIsOneTitleWithTheLaterRowsValuesAndAWarning() throws Exception {
        Path f = TestStores.write(dir, "twice.csv", "show_id,type,title,country\ns1,Movie,X,France\ns2,Movie,Y,\ns1,Movie,X2,Belgium\n");
        ImportReport r = importFile(f, "acme");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.message()).contains("same show_id 's1' as line 2");
        });
        assertThat(store.catalogue().snapshots()).singleElement().satisfies(s -> assertThat(s.titleCount()).isEqualTo(2));
        assertThat(one("SELECT name || ' ' || country_text FROM title WHERE show_id = 's1'")).isEqualTo("X2 Belgium");
    }

    /**
     * A later catalogue of the platform {@link #large} made: rows {@code from}..{@code to} dated April 2021, every tenth
     * description changed, every seventh row without its id (matched by title), the row {@code bad} (when > 0) with a
     * quote that never closes, and row 600 again at the end with another rating.
     */
    private Path later(int from, int to, int bad) throws IOException {
        Path f = dir.resolve("later-" + from + "-" + to + ".csv");
        String[] words = {"Lupin", "Amélie", "Marseille", "Osmosis", "The Eddy", "Dark", "Élite"};
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write("show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description\n");
            for (int i = from; i <= to + 1; i++) {
                int n = i > to ? 600 : i;
                String title = n == bad ? "\"Unclosed " + n : words[n % words.length] + " " + n;
                w.write((n % 7 == 0 ? "" : "s" + n) + "," + (n % 3 == 0 ? "TV Show" : "Movie") + "," + title + ",Dir " + (n % 97)
                        + ",\"A " + (n % 13) + ", B\",France,\"April " + (1 + n % 28) + ", 2021\"," + (1950 + n % 70) + ","
                        + (i > to ? "R" : "PG") + "," + (n % 3 == 0 ? "2 Seasons" : "90 min") + ",\"Dramas, Comedies\","
                        + (n % 10 == 0 ? "Changed " : "Row ") + n + "\n");
            }
        }
        return f;
    }

    @Test
    void aLaterCatalogueStreamedStoresWhatTheWholeFileImportStores() throws Exception {
        Path first = large(3_000, 0);
        Path second = later(500, 3_500, 0);
        importFile(first, "big");
        ImportReport streamed = importFile(second, "big");
        assertThat(streamed.snapshot().territoryAssumed()).isTrue();
        try (Store whole = Store.open(dir.resolve("whole.db"))) {
            CatalogueImporter.Prepared p = null;
            fr.vodcompare.store.CatalogueRepository.ImportCounts n = null;
            for (Path f : List.of(first, second)) {
                CatalogueImport req = new CatalogueImport(f, "big", null, null, null, CsvOptions.DEFAULT, false);
                CatalogueImporter.Prepared prepared = CatalogueImporter.prepare(CsvTable.read(req.file(), req.csv()), req,
                        Snapshot.UNSTATED, f == second);
                n = whole.transaction(tx -> CatalogueImporter.apply(tx, prepared, false));
                p = prepared;
            }
            WorkMatching.rematch(whole, "big");
            assertThat(stored(store)).isEqualTo(stored(whole));
            assertThat(streamed.warnings()).isEqualTo(p.warnings());
            assertThat(streamed.warnings()).anySatisfy(w -> assertThat(w.message()).contains("same show_id 's600'"));
            assertThat(streamed.asOf()).isEqualTo(p.spec().asOf()).isEqualTo(LocalDate.of(2021, 4, 28));
            assertThat(List.of(streamed.added(), streamed.updated(), streamed.unchanged(), streamed.snapshot().titles()))
                    .isEqualTo(List.of(n.added(), n.updated(), n.unchanged(), n.titles()));
            assertThat(streamed.added()).isEqualTo(500); // rows 3001-3500
            assertThat(streamed.updated() + streamed.unchanged()).isEqualTo(2_501); // rows 500-3000, by id or by title
        }
    }

    @Test
    void aBadRowDeepInALaterCatalogueWritesNothingAndKeepsNoCopy() throws Exception {
        importFile(large(3_000, 0), "big");
        String digest = TestStores.contentDigest(store);
        Path bad = later(1, 60_000, 59_000);
        assertThatThrownBy(() -> importFile(bad, "big")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(bad + ":59001:");
        assertThat(TestStores.contentDigest(store)).isEqualTo(digest);
        try (var kept = Files.list(KeptImports.beside(dir.resolve("s.db")).folder())) {
            assertThat(kept.filter(p -> p.toString().endsWith(".zst")).count()).isEqualTo(1); // the first catalogue's only
        }
    }

    @Test
    void aLaterCatalogueAlreadyStoredIsRefusedAfterItsRowsAreReadAndWritesNothing() throws Exception {
        Path first = large(3_000, 0);
        importFile(first, "big");
        Path second = later(500, 3_500, 0);
        importFile(second, "big");
        String digest = TestStores.contentDigest(store);
        assertThatThrownBy(() -> importFile(second, "big")).isInstanceOf(SnapshotConflictException.class)
                .hasMessageContaining("already stored, with 3,001 titles");
        assertThat(TestStores.contentDigest(store)).isEqualTo(digest);
        ImportReport replaced = new CatalogueImporter(store).run(new CatalogueImport(second, "big", null, null, null,
                CsvOptions.DEFAULT, false, true, null), ImportProgress.NONE);
        assertThat(replaced.snapshot().replacedTitles()).isEqualTo(3_001);
        assertThat(replaced.added()).isZero();
        assertThat(replaced.snapshot().titles()).isEqualTo(3_001);
    }

    @Test
    void aCatalogueDatedByTheImportIsRefusedBeforeItsRowsAreReadWhenThatSnapshotIsStored() throws Exception {
        importFile(large(3_000, 0), "big");
        Path broken = later(1, 5_000, 4_000); // would fail at line 4001 if it were read
        CatalogueImport dated = new CatalogueImport(broken, "big", null, LocalDate.of(2021, 3, 28), null, CsvOptions.DEFAULT, false);
        assertThatThrownBy(() -> new CatalogueImporter(store).run(dated, ImportProgress.NONE))
                .isInstanceOf(SnapshotConflictException.class)
                .hasMessage(broken + ": a snapshot of big as of 2021-03-28 (territory not stated) is already stored, with 3,000 "
                        + "titles; nothing was written: use --replace to replace it");
    }

    @Test
    void aDryRunReadsTheFileAsTheImportDoesAndWritesNothing() throws Exception {
        importFile(large(3_000, 0), "big");
        String digest = TestStores.contentDigest(store);
        Path second = later(500, 3_500, 0); // row 600 again at the end: the same id
        String row700 = Files.readAllLines(second).stream().filter(l -> l.startsWith(",Movie,Lupin 700,")).findFirst().orElseThrow();
        Files.writeString(second, row700 + "\n", java.nio.file.StandardOpenOption.APPEND); // no id: the same title, year and type
        CatalogueImport req = new CatalogueImport(second, "big", null, null, null, CsvOptions.DEFAULT, true);
        ImportReport dry = new CatalogueImporter(store).run(req, ImportProgress.NONE);
        CatalogueImporter.Prepared whole = CatalogueImporter.prepare(CsvTable.read(second, CsvOptions.DEFAULT), req, Snapshot.UNSTATED,
                true);
        assertThat(dry.warnings()).isEqualTo(whole.warnings());
        assertThat(dry.warnings()).extracting(ImportWarning::line).containsExactly(3_003L, 3_004L);
        assertThat(List.of(dry.rowsRead(), dry.snapshot().titles(), dry.added())).isEqualTo(List.of(3_003, 3_003, 0));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.asOf()).isEqualTo(whole.spec().asOf());
        assertThat(dry.snapshot().territoryAssumed()).isTrue();
        assertThat(TestStores.contentDigest(store)).isEqualTo(digest);
        try (var kept = Files.list(KeptImports.beside(dir.resolve("s.db")).folder())) {
            assertThat(kept.filter(p -> p.toString().endsWith(".zst")).count()).isEqualTo(1); // the first catalogue's only
        }
    }

    /** The refusal counts the stored snapshot's titles as a sentence does: "1 title", "3,000 titles", in both languages. */
    @Test
    void aRefusalCountsTheStoredTitlesInWords() throws Exception {
        Path one = TestStores.write(dir, "one.csv", "show_id,type,title,date_added\ns1,Movie,A,2021-05-01\n");
        importFile(one, "solo");
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class, () -> importFile(one, "solo"));
        assertThat(e.message(java.util.Locale.ENGLISH)).contains("is already stored, with 1 title; nothing was written");
        assertThat(e.message(java.util.Locale.FRENCH)).contains("est déjà enregistré, avec 1 titre ; rien n’a été écrit");
        importFile(large(3_000, 0), "big");
        ImportException many = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> importFile(large(3_000, 0), "big"));
        assertThat(many.message(java.util.Locale.FRENCH)).contains("avec 3\u202f000 titres ;");
    }

    /** Rows whose keys' hashes meet are told apart by their keys, read again: only those with the same key repeat. */
    @Test
    void aDryRunTrustsNoHashAloneAndReadsTheCandidateRowsKeysAgain() throws Exception {
        Path f = TestStores.write(dir, "pairs.csv", "show_id,type,title\ns1,Movie,A\ns2,Movie,B\ns1,Movie,A again\n,Movie,C\n,Movie,C\n");
        CatalogueImport req = new CatalogueImport(f, "p", null, null, null, CsvOptions.DEFAULT, true);
        List<long[]> candidates = List.of(new long[] {4, 2}, new long[] {3, 2}, new long[] {6, 5}, new long[] {6, 3});
        assertThat(StreamedDryRun.confirmed(req, false, candidates)).containsExactly(candidates.get(0), candidates.get(2));
    }

    /**
     * A later catalogue of a platform is read, matched and written in bounded memory: in a 64 MB heap (enough to build
     * the store from the bundled data), the same 60,000 rows a month later (the whole-file import held the file, its
     * titles and every version of the platform's titles: it ran out of memory), then a dry run of the file.
     */
    @Test
    void aLaterCatalogueOfABigPlatformImportsInASmallHeap() throws Exception {
        Path db = dir.resolve("small-heap.db");
        Path f = large(60_000, 0);
        for (List<String> how : List.of(List.of("--as-of=2021-03-28"), List.of("--as-of=2021-04-28"),
                List.of("--as-of=2021-05-28", "--dry-run"))) {
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), "fr.vodcompare.app.Launcher", "--db", db.toString(), "--lang", "en",
                    "import", "catalogue", f.toString(), "--platform", "big"));
            command.addAll(how);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();
        }
        try (Store s = Store.open(db)) {
            assertThat(s.catalogue().snapshots()).filteredOn(sn -> sn.platformId().equals("big")).extracting(Snapshot::titleCount)
                    .containsExactly(60_000, 60_000);
        }
    }
}
