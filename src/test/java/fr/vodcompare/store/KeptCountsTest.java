package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Kind;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptCountsTest {
    @TempDir
    Path dir;

    @Test
    void theTitlesKeptBetweenTwoPositionsAreTheOnesCountedOneByOne() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            TitleRanks r = TitleRanks.await(store.database());
            assertThat(r).isNotNull();
            boolean[] first = r.platformsKept(java.util.List.of("netflix"));
            boolean[] none = new boolean[first.length];
            for (Object[] f : new Object[][] {{first, null}, {null, Kind.SERIES}, {first, Kind.FILM}, {none, null}}) {
                boolean[] platforms = (boolean[]) f[0];
                Kind k = (Kind) f[1];
                KeptCounts counts = r.keptCounts(platforms, k);
                assertThat(counts.isFor(platforms == null ? null : Arrays.copyOf(platforms, platforms.length), k)).isTrue();
                Random random = new Random(7);
                for (int i = 0; i < 2_000; i++) {
                    int from = random.nextInt(r.size() + 1);
                    int to = i % 10 == 0 ? from + random.nextInt(130) : random.nextInt(r.size() + 1);
                    to = Math.min(to, r.size());
                    int expected = 0;
                    for (int q = from; q < to; q++) {
                        expected += r.kept(q, platforms, k) ? 1 : 0;
                    }
                    assertThat(counts.between(from, to)).as("%s %s from %d to %d", Arrays.toString(platforms), k, from, to)
                            .isEqualTo(expected);
                }
            }
        }
    }
}
