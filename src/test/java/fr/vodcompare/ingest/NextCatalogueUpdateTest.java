package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A next catalogue that changes one field of a title at a time: the store's row, its full-text entry, its links and its
 * indexes say the new value afterwards, whether the update moved them all or only the row's other values.
 */
class NextCatalogueUpdateTest {
    private static final String HEADER = "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description\n";
    private static final String[] FIRST = {
        "a1,Movie,Alpha,Ann Dir,Bo Cast,France,\"January 1, 2019\",2001,PG,90 min,Dramas,Alpha words",
        "a2,Movie,Bravo,Ann Dir,Bo Cast,France,\"January 1, 2019\",2002,PG,90 min,Dramas,Bravo words",
        "a3,Movie,Charlie,Ann Dir,Bo Cast,France,\"January 1, 2019\",2003,PG,90 min,Dramas,Charlie words",
        "a4,Movie,Delta,Ann Dir,Bo Cast,France,\"January 1, 2019\",2004,PG,90 min,Dramas,Delta words",
        "a5,Movie,Echo,Ann Dir,Bo Cast,France,\"January 1, 2019\",2005,PG,90 min,Dramas,Echo words",
        "a6,Movie,Foxtrot,Ann Dir,Bo Cast,France,\"January 1, 2019\",2006,PG,90 min,Dramas,Foxtrot words",
        "a7,Movie,Golf,Ann Dir,Bo Cast,France,\"January 1, 2019\",2007,PG,90 min,Dramas,Golf words"};
    private static final String[] NEXT = {
        "a1,Movie,Alpha,Ann Dir,Bo Cast,France,\"January 1, 2019\",2001,R,95 min,Dramas,Alpha other words",
        "a2,Movie,Bravo,Zed Newdir,Bo Cast,France,\"January 1, 2019\",2002,PG,90 min,Dramas,Bravo words",
        "a3,Movie,Charlie,Ann Dir,Yan Newcast,France,\"January 1, 2019\",2003,PG,90 min,Dramas,Charlie words",
        "a4,Movie,Delta,Ann Dir,Bo Cast,Japan,\"January 1, 2019\",2004,PG,90 min,Dramas,Delta words",
        "a5,Movie,Echo,Ann Dir,Bo Cast,France,\"January 1, 2019\",2005,PG,90 min,Comedies,Echo words",
        "a6,Movie,Foxtrot Renamed,Ann Dir,Bo Cast,France,\"January 1, 2019\",2006,PG,90 min,Dramas,Foxtrot words",
        "a7,TV Show,Golf,Ann Dir,Bo Cast,France,\"January 1, 2019\",2017,PG,1 Season,Dramas,Golf words"};

    @TempDir
    Path dir;

    private void load(Store store, String asOf, String... rows) throws Exception {
        Path f = TestStores.write(dir, asOf + ".csv", HEADER + String.join("\n", rows) + "\n");
        new CatalogueImporter(store).run(new CatalogueImport(f, "acme", null, LocalDate.parse(asOf), null, CsvOptions.DEFAULT,
                false, false, null), ImportProgress.NONE);
    }

    private static List<String> rows(Store store, String sql) throws Exception {
        return store.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (var rs = c.prepareStatement(sql).executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private static List<String> searched(Store store, String match) throws Exception {
        return rows(store, "SELECT t.show_id FROM title_fts f JOIN title t ON t.id = f.rowid WHERE title_fts MATCH '" + match
                + "' ORDER BY t.show_id");
    }

    @Test
    void everyFieldChangedAloneIsWhatTheStoreSaysAfterwards() throws Exception {
        try (Store store = Store.open(dir.resolve("s.db"))) {
            load(store, "2020-01-01", FIRST);
            load(store, "2021-01-01", NEXT);
            assertThat(rows(store, "SELECT show_id || ' ' || rating || ' ' || duration || ' ' || description FROM title "
                    + "WHERE show_id = 'a1'")).containsExactly("a1 R 95 min Alpha other words");
            assertThat(searched(store, "director:newdir")).containsExactly("a2");
            assertThat(searched(store, "director:dir")).containsExactly("a1", "a3", "a4", "a5", "a6", "a7");
            assertThat(searched(store, "cast_list:newcast")).containsExactly("a3");
            assertThat(searched(store, "renamed")).containsExactly("a6");
            assertThat(rows(store, "SELECT t.show_id FROM title_country tc JOIN title t ON t.id = tc.title_id "
                    + "JOIN country c ON c.id = tc.country_id WHERE c.name = 'Japan'")).containsExactly("a4");
            assertThat(rows(store, "SELECT t.show_id FROM title_genre tg JOIN title t ON t.id = tg.title_id "
                    + "JOIN genre g ON g.id = tg.genre_id WHERE g.name = 'Comedies'")).containsExactly("a5");
            // the indexes on kind and year, as the catalogue's filters and sorts read them
            assertThat(rows(store, "SELECT show_id FROM title INDEXED BY title_platform_kind WHERE platform_id = 'acme' "
                    + "AND kind = 'series'")).containsExactly("a7");
            assertThat(rows(store, "SELECT show_id FROM title INDEXED BY title_year WHERE release_year = 2017"))
                    .containsExactly("a7");
            assertThat(rows(store, "SELECT show_id FROM title INDEXED BY title_sort WHERE norm_name >= 'foxtrot' "
                    + "AND norm_name < 'foxtrou'")).containsExactly("a6");
            assertThat(rows(store, "PRAGMA integrity_check")).containsExactly("ok");
            // and each snapshot still says what its file said
            var snapshots = store.history().snapshots("acme");
            assertThat(store.history().titles(snapshots.get(0))).extracting(t -> t.showId() + " " + t.director() + " "
                    + t.rating() + " " + t.releaseYear()).contains("a1 Ann Dir PG 2001", "a2 Ann Dir PG 2002", "a7 Ann Dir PG 2007");
            assertThat(store.history().titles(snapshots.get(1))).extracting(t -> t.showId() + " " + t.director() + " "
                    + t.rating() + " " + t.releaseYear()).contains("a1 Ann Dir R 2001", "a2 Zed Newdir PG 2002", "a7 Ann Dir PG 2017");
        }
    }
}
