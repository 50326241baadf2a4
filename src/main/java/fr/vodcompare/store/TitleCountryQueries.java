package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Normalise;
import java.util.ArrayList;
import java.util.List;

/** The production countries of the titles of each platform's current catalogue, for the quotas. Thread-safe. */
public final class TitleCountryQueries {
    private final Database db;

    public TitleCountryQueries(Database db) {
        this.db = db;
    }

    /**
     * Current titles of one platform with the same kind and production countries (as the file lists them, empty when
     * none): {@code titles} of them.
     */
    public record TitleCountries(String platformId, Kind kind, List<String> countries, int titles) {
        /** One title. */
        public TitleCountries(String platformId, Kind kind, List<String> countries) {
            this(platformId, kind, countries, 1);
        }
    }

    /**
     * The titles of each platform's newest snapshot in {@code territory} (see {@link Current}), grouped by kind and
     * countries, from the per-snapshot aggregates ({@link SnapshotAggregates}); runs on the calling thread.
     */
    public List<TitleCountries> current(String territory) throws StoreException {
        // one current snapshot per platform, and one row per kind and country list in a snapshot's aggregates: nothing to group
        // (grouping sorted the rows, a third of the time)
        String sql = "SELECT s.platform_id, a.key, a.sub, a.titles FROM snapshot_count a JOIN snapshot s ON s.id = a.snapshot_id "
                + "WHERE a.dim = 'countries' AND a.snapshot_id IN (" + Current.snapshotIds(territory) + ")";
        return db.read(c -> {
            List<TitleCountries> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TitleCountries(rs.getString(1), Kind.fromCode(rs.getString(2)), Normalise.commaList(rs.getString(3)),
                            rs.getInt(4)));
                }
            }
            return out;
        });
    }
}
