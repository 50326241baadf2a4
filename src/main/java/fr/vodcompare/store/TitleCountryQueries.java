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

    /** A current title: its platform, kind and production countries (as the file lists them, empty when none). */
    public record TitleCountries(String platformId, Kind kind, List<String> countries) {
    }

    /** Every title of each platform's newest snapshot in {@code territory} (see {@link Current}); runs on the calling thread. */
    public List<TitleCountries> current(String territory) throws StoreException {
        String sql = "SELECT t.platform_id, t.kind, t.country_text FROM title t WHERE t.id IN (" + Current.titleIds(territory) + ")";
        return db.read(c -> {
            List<TitleCountries> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TitleCountries(rs.getString(1), Kind.fromCode(rs.getString(2)), Normalise.commaList(rs.getString(3))));
                }
            }
            return out;
        });
    }
}
