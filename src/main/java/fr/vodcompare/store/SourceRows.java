package fr.vodcompare.store;

import fr.vodcompare.model.Source;
import java.sql.Connection;
import java.sql.SQLException;

/** Sources are stored once and shared by the facts and originals that cite them. */
final class SourceRows {
    private SourceRows() {
    }

    static long id(Connection c, Source s) throws SQLException {
        String url = s.url() == null ? "" : s.url();
        try (var ps = c.prepareStatement("INSERT INTO source(citation, url) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, s.citation());
            ps.setString(2, url);
            ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("SELECT id FROM source WHERE citation = ? AND url = ?")) {
            ps.setString(1, s.citation());
            ps.setString(2, url);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Source source(String citation, String url) {
        return new Source(citation, url == null || url.isEmpty() ? null : url);
    }
}
