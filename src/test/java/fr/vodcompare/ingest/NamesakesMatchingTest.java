package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform's first catalogue has its candidate pairs found as its rows are written, and matched from them: the pairs
 * stored are those matching gives from the candidates it reads from the store.
 */
class NamesakesMatchingTest {
    @TempDir
    Path dir;

    @Test
    void theNewPlatformsPairsAreThoseMatchingGivesFromTheStore() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            new CatalogueImporter(store).run(new CatalogueImport(CatalogueReaderTest.NETFLIX, "netflix_again", null, null, null,
                    CsvOptions.DEFAULT, false), ImportProgress.NONE);
            List<String> found = pairs(store);
            assertThat(found).as("every title has its namesake on Netflix, some on Prime Video").hasSizeGreaterThan(8_000);
            assertThat(found).anyMatch(p -> p.contains("prime_video")).anyMatch(p -> p.contains("|netflix|"))
                    .anyMatch(p -> p.contains("ambiguous"));
            WorkMatching.rematch(store, "netflix_again"); // its candidates read from the store
            assertThat(pairs(store)).isEqualTo(found);
        }
    }

    private static List<String> pairs(Store store) throws Exception {
        return store.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT a.ext_key, b.ext_key, m.platform_a, m.platform_b, m.rule, m.confidence "
                    + "FROM work_match m JOIN title a ON a.id = m.title_a JOIN title b ON b.id = m.title_b "
                    + "WHERE 'netflix_again' IN (m.platform_a, m.platform_b) ORDER BY 1, 2, 3, 4");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                            + rs.getString(5) + "|" + rs.getDouble(6));
                }
            }
            return out;
        });
    }
}
