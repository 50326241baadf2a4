package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 8 (the title order's index) on a store of schema 6, made from the committed schema-4 store
 * ({@code v4-store.db}, see {@link MigrationV6Test}) by this version's migrations up to 6: the index on the raw
 * name goes, the title order's index comes, and the catalogue pages by key over the titles already there.
 */
class MigrationV8Test {
    @TempDir
    Path dir;

    private static List<String> indexColumns(Database db, String index) throws Exception {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("PRAGMA index_info('" + index + "')")) {
                while (rs.next()) {
                    out.add(rs.getString("name"));
                }
            }
            return out;
        });
    }

    @Test
    void theTitleOrderIndexReplacesTheNameIndexAndPagesByKeyReadTheOldTitles() throws Exception {
        Path file = dir.resolve("v6.db");
        try (InputStream in = MigrationV8Test.class.getResourceAsStream("v4-store.db")) {
            Files.copy(in, file);
        }
        try (Database v6 = Database.open(file, 6)) {
            assertThat(indexColumns(v6, "title_name")).containsExactly("name");
            assertThat(indexColumns(v6, "title_sort")).isEmpty();
        }
        try (Store s = Store.open(file)) {
            Database db = s.database();
            assertThat(indexColumns(db, "title_name")).isEmpty();
            assertThat(indexColumns(db, "title_sort")).startsWith("norm_name", "platform_id", "kind"); // schema 15 ends it with the year
            java.util.Set<Integer> applied = db.read(c -> Migrations.applied(c, Migrations.version(c)));
            assertThat(applied).contains(8);
            TitlePages pages = new TitlePages(db);
            TitleSort byTitle = new TitleSort(TitleSort.Key.NAME, true);
            TitlePages.Page first = pages.after(TitleFilter.ALL, byTitle, null, 2);
            TitlePages.Page rest = pages.after(TitleFilter.ALL, byTitle, first.last(), 10);
            List<String> names = new ArrayList<>();
            first.rows().forEach(r -> names.add(r.title().name()));
            rest.rows().forEach(r -> names.add(r.title().name()));
            assertThat(names).hasSize(5).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        }
    }
}
