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
 * ASCII without {@code &}, or with Latin letters with accents, is cut into the same words by the index and by
 * {@link fr.vodcompare.model.Normalise}.
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
     * By character below U+0250: true for a Latin letter that canonical decomposition makes an ASCII letter followed by
     * combining marks only ("é", "Ň", "ǘ"), which the index and {@link fr.vodcompare.model.Normalise} both fold to that
     * letter (each checked against the index's tokenizer by FtsProbeTest, which found the two it does not fold); false
     * for the others ("ø", "ß", "æ", "Ŀ").
     */
    private static final boolean[] FOLDED = new boolean[0x250];

    static {
        for (char ch = 0x80; ch < FOLDED.length; ch++) {
            String d = java.text.Normalizer.normalize(String.valueOf(ch), java.text.Normalizer.Form.NFD);
            boolean folded = d.length() > 1 && (d.charAt(0) >= 'a' && d.charAt(0) <= 'z' || d.charAt(0) >= 'A' && d.charAt(0) <= 'Z');
            for (int i = 1; i < d.length() && folded; i++) {
                folded = Character.getType(d.charAt(i)) == Character.NON_SPACING_MARK;
            }
            FOLDED[ch] = folded;
        }
        FOLDED['\u01e0'] = false; // "Ǡ" and "ǡ" (two marks): the index's table keeps them as they are
        FOLDED['\u01e1'] = false;
    }

    /**
     * True when {@code text} (null: none) is cut into the same words by the index and by
     * {@link fr.vodcompare.model.Normalise}: ASCII without {@code &}, and Latin letters with accents (each folded to its
     * letter by both).
     */
    static boolean plain(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '&' || ch >= 0x80 && (ch >= FOLDED.length || !FOLDED[ch])) {
                return false;
            }
        }
        return true;
    }

    /** The characters {@link #plain} takes beyond ASCII. */
    static String folded() {
        StringBuilder out = new StringBuilder();
        for (char ch = 0x80; ch < FOLDED.length; ch++) {
            if (FOLDED[ch]) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** Titles written to the probe by one statement (four values each, under SQLite's limit of 32,766). */
    private static final int ROWS = 1_000;

    /**
     * The ids of {@code titles} that the full-text {@code query} matches. The probe keeps no content (it only answers
     * which rowids match) and is filled by a few statements, each its own transaction: one statement per title would
     * make the index write a segment for each.
     */
    static Set<Long> matching(Connection c, String query, List<Texts> titles) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.title_fts_probe USING fts5(name, director, cast_list, content = '', "
                    + "tokenize = '" + TOKENIZE + "')");
        }
        for (int from = 0; from < titles.size(); from += ROWS) {
            List<Texts> part = titles.subList(from, Math.min(titles.size(), from + ROWS));
            StringBuilder sql = new StringBuilder("INSERT INTO temp.title_fts_probe(rowid, name, director, cast_list) VALUES ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "(?,?,?,?)" : ",(?,?,?,?)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int k = 1;
                for (Texts t : part) {
                    ps.setLong(k++, t.id());
                    ps.setString(k++, t.name());
                    ps.setString(k++, t.director());
                    ps.setString(k++, t.cast());
                }
                ps.executeUpdate();
            }
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
            s.execute("INSERT INTO temp.title_fts_probe(title_fts_probe) VALUES ('delete-all')");
        }
        return out;
    }
}
