package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the full-text index answers for a few titles, found by indexing their texts alone in a table of the
 * connection (TEMP, tokenised as title_fts is) and querying that: a query with a short prefix costs there what these
 * titles hold, not what the whole catalogue holds. Also tells when the answer is known without asking: a text in
 * plain ASCII without {@code &} is cut into the same words by the index and by {@link fr.vodcompare.model.Normalise}.
 */
final class FtsProbe {
    /** title_fts's tokenizer (schema 1): the probe must cut words as it does. */
    static final String TOKENIZE = "unicode61 remove_diacritics 2";

    /** One title's texts, in title_fts's columns. */
    record Texts(long id, String name, String director, String cast) {
    }

    private FtsProbe() {
    }

    /**
     * True when {@code text} (null: none) is ASCII without {@code &}: the index's words are then the normalised
     * text's words (letters and digits, lower case; every other character a space).
     */
    static boolean plain(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 0x80 || ch == '&') {
                return false;
            }
        }
        return true;
    }

    /** The ids of {@code titles} that the full-text {@code query} matches. */
    static Set<Long> matching(Connection c, String query, List<Texts> titles) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.title_fts_probe USING fts5(name, director, cast_list, tokenize = '"
                    + TOKENIZE + "')");
            s.execute("DELETE FROM temp.title_fts_probe");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO temp.title_fts_probe(rowid, name, director, cast_list) VALUES (?,?,?,?)")) {
            for (Texts t : titles) {
                ps.setLong(1, t.id());
                ps.setString(2, t.name());
                ps.setString(3, t.director());
                ps.setString(4, t.cast());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM temp.title_fts_probe WHERE title_fts_probe MATCH ?")) {
            ps.setString(1, query);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM temp.title_fts_probe");
        }
        return out;
    }
}
