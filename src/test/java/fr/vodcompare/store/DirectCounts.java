package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The comparison's counts computed straight from the titles (the queries the app ran before the per-snapshot
 * aggregates), to check the aggregates against: every figure the charts and key figures read from
 * {@link SnapshotAggregates} must equal these, in every territory, after every write.
 */
final class DirectCounts {
    private final Database db;

    DirectCounts(Database db) {
        this.db = db;
    }

    /** Asserts that every aggregated figure equals the direct count, for each platform's newest snapshot and per territory. */
    void assertAggregatesMatch(String... territories) throws Exception {
        List<String> all = new ArrayList<>();
        all.add(null);
        all.addAll(List.of(territories));
        for (String territory : all) {
            String where = "territory " + territory + ": ";
            CatalogueStatsQueries q = new CatalogueStatsQueries(db, territory);
            assertThat(cells(q.byKind())).as(where + "kinds").isEqualTo(counts(territory, "t.kind"));
            assertThat(cells(q.byReleaseDecade())).as(where + "decades").isEqualTo(counts(territory, "CAST((t.release_year / 10) * 10 AS TEXT)"));
            assertThat(cells(q.byYearAdded())).as(where + "years added").isEqualTo(counts(territory, "substr(t.date_added, 1, 4)"));
            assertThat(cells(q.byFirstCountryRegion())).as(where + "regions").isEqualTo(regions(territory));
            Map<String, String> groups = groups();
            assertThat(cells(q.byGenreGroup(groups))).as(where + "genre groups").isEqualTo(genreGroups(territory, groups));
            assertThat(new TitleQueries(db).platformCounts(territory)).as(where + "platform counts").isEqualTo(platformCounts(territory));
            assertThat(lines(new TitleCountryQueries(db).current(territory))).as(where + "countries").isEqualTo(countries(territory));
        }
        assertThat(new CatalogueStatsQueries(db).origins()).as("origins").containsExactlyInAnyOrderElementsOf(origins());
        assertThat(new TitleBrowseQueries(db).genres()).as("the catalogue's genre list").isEqualTo(genres());
    }

    /** The catalogue's genre list as it was read before the aggregates: every current title's genre links. */
    private List<TitleBrowseQueries.Genre> genres() throws Exception {
        return db.read(c -> {
            List<TitleBrowseQueries.Genre> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT g.id, g.name, COUNT(*) FROM genre g JOIN title_genre tg ON tg.genre_id = g.id "
                    + "WHERE tg.title_id IN (" + Current.titleIds(null) + ") GROUP BY g.id ORDER BY g.name COLLATE NOCASE, g.id");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TitleBrowseQueries.Genre(rs.getLong(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return out;
        });
    }

    private static List<String> cells(List<CatalogueStatsQueries.Count> counts) {
        return counts.stream().map(c -> c.platformId() + "|" + c.key() + "|" + c.titles()).sorted().toList();
    }

    private static String current(String territory) {
        return "SELECT t.* FROM title t WHERE t.id IN (" + Current.titleIds(territory) + ")";
    }

    private List<String> rows(String sql) throws Exception {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3));
                }
            }
            out.sort(null);
            return out;
        });
    }

    private List<String> counts(String territory, String key) throws Exception {
        return rows("SELECT t.platform_id, " + key + ", COUNT(*) FROM (" + current(territory) + ") t GROUP BY 1, 2");
    }

    private List<String> regions(String territory) throws Exception {
        return rows("SELECT t.platform_id, co.region, COUNT(*) FROM (" + current(territory) + ") t "
                + "LEFT JOIN title_country tc ON tc.title_id = t.id AND tc.position = 0 "
                + "LEFT JOIN country co ON co.id = tc.country_id GROUP BY 1, 2");
    }

    /** Every genre label to a group: several labels share a group (so a title with two of them counts once), some have none. */
    private Map<String, String> groups() throws Exception {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : new CatalogueStatsQueries(db).genreNames()) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.contains("drama")) {
                out.put(name, "DRAMA");
            } else if (n.contains("comed")) {
                out.put(name, "COMEDY");
            } else if (!n.contains("international")) {
                out.put(name, n.substring(0, 1));
            }
        }
        return out;
    }

    private List<String> genreGroups(String territory, Map<String, String> groups) throws Exception {
        List<String> out = new ArrayList<>(rows("SELECT t.platform_id, NULL, COUNT(*) FROM (" + current(territory) + ") t "
                + "WHERE NOT EXISTS (SELECT 1 FROM title_genre tg WHERE tg.title_id = t.id) GROUP BY 1"));
        for (String row : rows("SELECT t.platform_id, g.name, t.id FROM (" + current(territory) + ") t "
                + "JOIN title_genre tg ON tg.title_id = t.id JOIN genre g ON g.id = tg.genre_id")) {
            String[] f = row.split("\\|");
            String group = groups.get(f[1]);
            if (group != null) {
                out.add(f[0] + "|" + group + "|#" + f[2]);
            }
        }
        // distinct titles per platform and group
        Map<String, java.util.Set<String>> titles = new TreeMap<>();
        List<String> result = new ArrayList<>();
        for (String r : out) {
            int hash = r.indexOf("|#");
            if (hash < 0) {
                result.add(r);
            } else {
                titles.computeIfAbsent(r.substring(0, hash), k -> new java.util.HashSet<>()).add(r.substring(hash + 2));
            }
        }
        titles.forEach((k, v) -> result.add(k + "|" + v.size()));
        result.sort(null);
        return result;
    }

    private List<TitleQueries.PlatformCount> platformCounts(String territory) throws Exception {
        String sql = "SELECT p.id, p.name, s.as_of, s.territory, COUNT(t.id), SUM(t.kind = 'film'), SUM(t.kind = 'series') FROM platform p "
                + "JOIN snapshot s ON s.platform_id = p.id AND s.id IN (" + Current.snapshotIds(territory) + ") "
                + "JOIN title_presence tp ON tp.platform_id = s.platform_id AND tp.territory = s.territory AND tp.last_seen = s.as_of "
                + "JOIN title t ON t.id = tp.title_id GROUP BY p.id, s.id ORDER BY p.bundled DESC, p.rowid";
        return db.read(c -> {
            List<TitleQueries.PlatformCount> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TitleQueries.PlatformCount(rs.getString(1), rs.getString(2), java.time.LocalDate.parse(rs.getString(3)),
                            rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
                }
            }
            return out;
        });
    }

    private List<TitleBrowseQueries.Origins> origins() throws Exception {
        String region = "EXISTS (SELECT 1 FROM title_country tc JOIN country k ON k.id = tc.country_id WHERE tc.title_id = t.id AND k.region IN (%s))";
        String sql = "SELECT t.platform_id, COUNT(*), SUM(t.country_text IS NOT NULL), SUM(" + String.format(region, "'FRANCE'") + "), SUM("
                + String.format(region, "'FRANCE','EUROPE'") + ") FROM title t WHERE t.id IN (" + Current.titleIds(null) + ") GROUP BY t.platform_id";
        return db.read(c -> {
            List<TitleBrowseQueries.Origins> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TitleBrowseQueries.Origins(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
            return out;
        });
    }

    /** Titles per platform, kind and country list, one line each. */
    private static List<String> lines(List<TitleCountryQueries.TitleCountries> grouped) {
        Map<String, Integer> n = new TreeMap<>();
        for (TitleCountryQueries.TitleCountries t : grouped) {
            n.merge(t.platformId() + "|" + t.kind() + "|" + t.countries(), t.titles(), Integer::sum);
        }
        return n.entrySet().stream().map(e -> e.getKey() + "|" + e.getValue()).toList();
    }

    private List<String> countries(String territory) throws Exception {
        String sql = "SELECT t.platform_id, t.kind, t.country_text FROM title t WHERE t.id IN (" + Current.titleIds(territory) + ")";
        return lines(db.read(c -> {
            List<TitleCountryQueries.TitleCountries> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TitleCountryQueries.TitleCountries(rs.getString(1), fr.vodcompare.model.Kind.fromCode(rs.getString(2)),
                            fr.vodcompare.model.Normalise.commaList(rs.getString(3))));
                }
            }
            return out;
        }));
    }
}
