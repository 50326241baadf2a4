package fr.vodcompare.analysis;

import fr.vodcompare.model.CurrentSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.fixture.ChartFixture;
import fr.vodcompare.fixture.ChartFixture.Row;
import fr.vodcompare.store.CatalogueStatsQueries;
import fr.vodcompare.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueBreakdownsTest {
    @TempDir
    static Path dir;
    static Store store;
    static CatalogueBreakdowns breakdowns;

    @BeforeAll
    static void build() throws Exception {
        store = ChartFixture.create(dir);
        breakdowns = new CatalogueBreakdowns(new CatalogueStatsQueries(store.database()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Breakdown of(List<Breakdown> all, String platform) {
        return all.stream().filter(b -> b.platformId().equals(platform)).findFirst().orElseThrow();
    }

    /** Counts per key of the fixture rows, nulls (unknown) left out. */
    private static Map<String, Integer> expected(String platform, Function<Row, String> key) {
        return ChartFixture.rows(platform).stream().map(key).filter(k -> k != null)
                .collect(Collectors.toMap(k -> k, k -> 1, Integer::sum, TreeMap::new));
    }

    private static int unknown(String platform, Function<Row, String> key) {
        return (int) ChartFixture.rows(platform).stream().map(key).filter(k -> k == null).count();
    }

    @Test
    void snapshotsAreTheNewestOfEachPlatformWithTheirTitleCounts() throws Exception {
        var snapshots = breakdowns.snapshots();
        assertThat(snapshots).extracting(CurrentSnapshot::platformId).containsExactly("netflix", "prime_video");
        assertThat(snapshots.get(0).titles()).isEqualTo(ChartFixture.rows("netflix").size());
        assertThat(snapshots.get(0).asOf()).isEqualTo(ChartFixture.NETFLIX_AS_OF);
        assertThat(snapshots.get(1).titles()).isEqualTo(ChartFixture.rows("prime_video").size());
    }

    @Test
    void kindsCountFilmsAndSeriesOfEveryTitle() throws Exception {
        for (String p : List.of("netflix", "prime_video")) {
            Breakdown b = of(breakdowns.kinds(), p);
            Function<Row, String> kind = r -> r.film() ? "film" : "series";
            assertThat(new TreeMap<>(b.counts())).isEqualTo(expected(p, kind));
            assertThat(b.unknown()).isZero();
            assertThat(b.total()).isEqualTo(ChartFixture.rows(p).size());
        }
    }

    @Test
    void regionsUseTheFirstCountryAndKeepTitlesWithoutOne() throws Exception {
        for (String p : List.of("netflix", "prime_video")) {
            Breakdown b = of(breakdowns.regions(), p);
            assertThat(new TreeMap<>(b.counts())).isEqualTo(expected(p, Row::region));
            assertThat(b.unknown()).isEqualTo(unknown(p, Row::region));
            assertThat(b.known() + b.unknown()).isEqualTo(b.total());
        }
        assertThat(of(breakdowns.regions(), "prime_video").unknownShare()).isEqualTo(100.0 * 3 / 4);
    }

    @Test
    void decadesAndYearsAddedMatchTheRows() throws Exception {
        for (String p : List.of("netflix", "prime_video")) {
            Function<Row, String> decade = r -> Integer.toString(r.year() / 10 * 10);
            Function<Row, String> year = r -> r.added() == null ? null : r.added().substring(0, 4);
            assertThat(new TreeMap<>(of(breakdowns.releaseDecades(), p).counts())).isEqualTo(expected(p, decade));
            Breakdown added = of(breakdowns.yearsAdded(), p);
            assertThat(new TreeMap<>(added.counts())).isEqualTo(expected(p, year));
            assertThat(added.unknown()).isEqualTo(unknown(p, year));
        }
    }

    @Test
    void decadesAreInTimeOrder() throws Exception {
        assertThat(of(breakdowns.releaseDecades(), "prime_video").counts().keySet()).containsExactly("1950", "2000", "2010", "2020");
    }

    @Test
    void genreGroupsCountEachTitleOncePerGroup() throws Exception {
        GenreMix.Result mix = new GenreMix(new CatalogueStatsQueries(store.database())).compute();
        for (String p : List.of("netflix", "prime_video")) {
            Map<String, Integer> expected = ChartFixture.rows(p).stream().flatMap(r -> r.groups().stream())
                    .collect(Collectors.toMap(g -> g, g -> 1, Integer::sum, TreeMap::new));
            Breakdown b = of(mix.breakdowns(), p);
            assertThat(new TreeMap<>(b.counts())).isEqualTo(expected);
            assertThat(b.unknown()).isZero();
        }
        assertThat(mix.labels().get(GenreGroup.DRAMA)).containsExactlyInAnyOrder("Drama", "Dramas", "TV Dramas");
    }
}
