package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Normalise;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FtsProbeTest {

    @Test
    void eachAccentedLetterTakenAsPlainIsFoldedByTheIndexAsNormaliseFoldsIt() throws Exception {
        String folded = FtsProbe.folded();
        assertThat(folded).contains("é", "È", "ñ", "Ç", "ü", "ő", "ǘ").doesNotContain("ø", "ß", "æ", "Œ", "ł", "Ŀ", "đ");
        List<String> differ = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '" + FtsProbe.TOKENIZE + "')");
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO t(rowid, x) VALUES (?, ?)")) {
                for (int i = 0; i < folded.length(); i++) {
                    ins.setLong(1, i + 1);
                    ins.setString(2, "q" + folded.charAt(i) + "q " + folded.charAt(i) + "-z");
                    ins.executeUpdate();
                }
            }
            // each text must be found by the words Normalise makes of it, as whole words, and by nothing wider
            try (PreparedStatement q = c.prepareStatement("SELECT rowid FROM t WHERE t MATCH ?")) {
                for (int i = 0; i < folded.length(); i++) {
                    String text = "q" + folded.charAt(i) + "q " + folded.charAt(i) + "-z";
                    String words = Normalise.text(text);
                    assertThat(words).matches("[a-z]{3} [a-z] z");
                    q.setString(1, "\"" + words.replace(" ", "\" \"") + "\"");
                    List<Long> found = new ArrayList<>();
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                    if (!found.contains(i + 1L)) {
                        differ.add(String.valueOf(folded.charAt(i)));
                    }
                }
            }
        }
        assertThat(differ).as("letters the index does not fold as Normalise does").isEmpty();
    }

    @Test
    void aTextIsPlainWhenEachLetterIsFoldedAlike() {
        assertThat(FtsProbe.plain("Amélie Poulain")).isTrue();
        assertThat(FtsProbe.plain("Zoë Kravitz, Penélope Cruz")).isTrue();
        assertThat(FtsProbe.plain(null)).isTrue();
        assertThat(FtsProbe.plain("Tom & Jerry")).isFalse();
        assertThat(FtsProbe.plain("Lars Løkke")).isFalse();
        assertThat(FtsProbe.plain("Cæsar")).isFalse();
        assertThat(FtsProbe.plain("Amitabh Bachchan, अमिताभ")).isFalse();
        assertThat(FtsProbe.plain("e\u0301")).isFalse(); // a mark on its own: the index keeps it in the word
    }
}
