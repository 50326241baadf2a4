package fr.vodcompare.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.CatalogueImport;
import fr.vodcompare.ingest.CatalogueImporter;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.model.MatchRule;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What changed between two snapshots, read a title at a time ({@link SnapshotDiff#between}), against the same comparison
 * made on both snapshots' titles read whole ({@code HistoryQueries.titles}), between every two snapshots of a platform
 * whose titles change, change back, leave, come back under another id and are imported out of date order.
 */
class SnapshotDiffTest {
    private static final String HEADER = "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description\n";

    @TempDir
    Path dir;
    private int files;

    private void load(Store store, String asOf, String... rows) throws Exception {
        Path f = TestStores.write(dir, "f" + (files++) + ".csv", HEADER + String.join("\n", rows) + "\n");
        new CatalogueImporter(store).run(new CatalogueImport(f, "acme", null, LocalDate.parse(asOf), null, CsvOptions.DEFAULT,
                false, false, null), ImportProgress.NONE);
    }

    @Test
    void readATitleAtATimeItSaysWhatTheSnapshotsReadWholeSay() throws Exception {
        try (Store store = Store.open(dir.resolve("s.db"))) {
            load(store, "2020-01-01",
                    "a1,Movie,Kept,Ann Dir,\"Bo, Cy\",France,\"January 1, 2019\",2001,PG,90 min,Dramas,Same all along",
                    "a2,Movie,Renamed Later,,,,,2002,,,,First words",
                    "a3,TV Show,Leaves,,,,,2003,,1 Season,,Gone next",
                    "a4,Movie,Changes Back,,,,,2004,R,,,Before",
                    "a5,Movie,New Id Later,,,,,2005,,,,Same film");
            load(store, "2021-01-01",
                    "a1,Movie,Kept,Ann Dir,\"Bo, Cy\",France,\"January 1, 2019\",2001,PG,90 min,Dramas,Same all along",
                    "a2,Movie,Renamed,,,,,2002,,,,First words",
                    "a4,Movie,Changes Back,,,,,2004,PG-13,,,After",
                    "b5,Movie,New Id Later,,,,,2006,,,,Same film",
                    "a6,Movie,Arrives,,,,,2010,,,,New");
            load(store, "2022-01-01",
                    "a1,Movie,Kept,Ann Dir,\"Bo, Cy\",France,\"January 1, 2019\",2001,PG,90 min,Dramas,Same all along",
                    "a2,Movie,Renamed,,,,,2002,,,,Other words",
                    "a3,TV Show,Leaves,,,,,2003,,2 Seasons,,Gone next",
                    "a4,Movie,Changes Back,,,,,2004,R,,,Before",
                    "a6,Movie,Arrives,,\"Di, Ed\",,,2010,,,,New");
            // imported last, dated first: its versions are older than every other
            load(store, "2019-01-01",
                    "a1,Movie,Kept,Ann Dir,\"Bo, Cy\",France,\"January 1, 2019\",2001,PG,90 min,Dramas,Same all along",
                    "a2,Movie,Renamed Earlier,,,,,2002,,,,First words",
                    "a7,Movie,Only Then,,,,,1999,,,,Old");
            List<Snapshot> snapshots = store.history().snapshots("acme");
            assertThat(snapshots).hasSize(4);
            int compared = 0;
            for (Snapshot from : snapshots) {
                for (Snapshot to : snapshots) {
                    SnapshotDiff d = SnapshotDiff.between(store.history(), from, to);
                    assertThat(describe(d)).as("%s to %s", from.asOf(), to.asOf())
                            .isEqualTo(describe(whole(store.history().titles(from), store.history().titles(to))));
                    compared++;
                }
            }
            assertThat(compared).isEqualTo(16);
            // the known answers the comparison rests on: a change, a change back, a title both list as the same version
            SnapshotDiff d = SnapshotDiff.between(store.history(), snapshots.get(1), snapshots.get(3));
            assertThat(d.changed()).extracting(c -> c.title().title() + " " + c.fields())
                    .containsExactly("Leaves [duration]", "Renamed [title, description]");
            assertThat(d.unchanged()).isEqualTo(2); // Kept, and Changes Back: changed, then back as it was
            assertThat(SnapshotDiff.between(store.history(), snapshots.get(2), snapshots.get(3)).changed())
                    .extracting(c -> c.title().title() + " " + c.fields())
                    .containsExactly("Arrives [cast]", "Changes Back [rating, description]", "Renamed [description]");
            assertThat(describe(SnapshotDiff.between(store.history(), snapshots.get(0), snapshots.get(2)))).isEqualTo("""
                    added [Arrives, Changes Back, New Id Later]
                    removed [Only Then]
                    changed Renamed [title] ID
                    unchanged 1 by {ID=2}
                    """);
        }
    }

    @Test
    void aComparisonSupersededIsGivenUpAsItReadsAndOneNotSupersededIsNot() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            List<Snapshot> netflix = store.history().snapshots("netflix");
            int[] asked = new int[1];
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SnapshotDiff.between(store.history(), netflix.get(0),
                    netflix.get(1), () -> ++asked[0] > 0)).isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(asked[0]).as("asked once, after its first titles").isEqualTo(1);
            asked[0] = 0;
            SnapshotDiff whole = SnapshotDiff.between(store.history(), netflix.get(0), netflix.get(1), () -> ++asked[0] < 0);
            int titles = whole.added().size() + whole.removed().size() + whole.changed().size() + whole.unchanged()
                    + 2 * whole.ambiguous().size();
            assertThat(asked[0]).as("asked every %d titles", SnapshotDiff.Comparison.ASK_EVERY)
                    .isGreaterThanOrEqualTo(titles / SnapshotDiff.Comparison.ASK_EVERY).isPositive();
            assertThat(describe(whole)).isEqualTo(describe(SnapshotDiff.between(store.history(), netflix.get(0), netflix.get(1))));
        }
    }

    /** The lists as the comparison of both snapshots read whole makes them: by id, field by field. */
    private static SnapshotDiff whole(List<Title> before, List<Title> after) {
        Map<Long, Title> a = new TreeMap<>();
        before.forEach(t -> a.put(t.id(), t));
        Map<Long, Title> b = new TreeMap<>();
        after.forEach(t -> b.put(t.id(), t));
        List<SnapshotDiff.Entry> added = new ArrayList<>();
        List<SnapshotDiff.Entry> removed = new ArrayList<>();
        List<SnapshotDiff.Change> changed = new ArrayList<>();
        Map<MatchRule, Integer> rules = new EnumMap<>(MatchRule.class);
        int unchanged = 0;
        for (Title t : a.values()) {
            if (!b.containsKey(t.id())) {
                removed.add(SnapshotDiff.Entry.of(t));
            }
        }
        for (Title now : b.values()) {
            Title old = a.get(now.id());
            if (old == null) {
                added.add(SnapshotDiff.Entry.of(now));
                continue;
            }
            MatchRule rule = SnapshotDiff.rule(old, now);
            rules.merge(rule, 1, Integer::sum);
            List<String> fields = SnapshotDiff.changedFields(old, now);
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new SnapshotDiff.Change(SnapshotDiff.Entry.of(now), fields, rule));
            }
        }
        added.sort(SnapshotDiff.ORDER);
        removed.sort(SnapshotDiff.ORDER);
        changed.sort(java.util.Comparator.comparing(SnapshotDiff.Change::title, SnapshotDiff.ORDER));
        return new SnapshotDiff(null, null, added, removed, changed, List.of(), unchanged, rules);
    }

    private static String describe(SnapshotDiff d) {
        StringBuilder s = new StringBuilder();
        s.append("added ").append(d.added().stream().map(SnapshotDiff.Entry::title).toList()).append('\n');
        s.append("removed ").append(d.removed().stream().map(SnapshotDiff.Entry::title).toList()).append('\n');
        d.changed().forEach(c -> s.append("changed ").append(c.title().title()).append(' ').append(c.fields()).append(' ')
                .append(c.rule()).append('\n'));
        s.append("unchanged ").append(d.unchanged()).append(" by ").append(new TreeMap<>(d.matchedBy())).append('\n');
        return s.toString();
    }
}
