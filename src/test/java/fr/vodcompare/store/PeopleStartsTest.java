package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The directors' and casts' word starts, read by id: the two-letter starts of each title are its own, also for the
 * titles on either side of the edges of the blocks they are held in (65,536 ids a block) and for ids no title has.
 */
class PeopleStartsTest {
    static final int IDS = 3 * 65_536 + 10;

    @Test
    void eachTitleHoldsItsOwnTwoLetterStartsOnEitherSideOfEveryBlockEdge() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE title (id INTEGER PRIMARY KEY, norm_name TEXT, director TEXT, cast_list TEXT)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO title VALUES (?, ?, ?, ?)")) {
                for (int id = 1; id < IDS; id++) {
                    if (id % 7 == 3) {
                        continue; // ids no title has
                    }
                    ps.setInt(1, id);
                    ps.setString(2, "t" + letter(id) + " film");
                    ps.setString(3, id % 2 == 0 ? "Jo" + letter(id) + " Doe" : null);
                    ps.setString(4, id % 5 == 0 ? "Ann Smith, Bob" : "");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            PeopleStarts p = PeopleStarts.read(c, IDS);
            for (int edge = 0; edge <= IDS; edge += 65_536) {
                for (int id = Math.max(1, edge - 3); id < Math.min(IDS, edge + 3); id++) {
                    if (id % 7 == 3) {
                        assertThat(p.may(id, "t" + letter(id))).as("id %d has no title", id).isFalse();
                        continue;
                    }
                    assertThat(p.may(id, "t" + letter(id))).as("id %d: its title's start", id).isTrue();
                    assertThat(p.may(id, "fi")).as("id %d", id).isTrue();
                    assertThat(p.may(id, "jo")).as("id %d: its director", id).isEqualTo(id % 2 == 0);
                    assertThat(p.may(id, "an")).as("id %d: its cast", id).isEqualTo(id % 5 == 0);
                    assertThat(p.may(id, "bo")).as("id %d: its cast", id).isEqualTo(id % 5 == 0);
                    assertThat(p.may(id, "zz")).as("id %d", id).isFalse();
                }
            }
            assertThat(p.may(IDS + 5, "zz")).as("an id not read may hold anything").isTrue();
        }
    }

    /** A letter other than those of the other words (f, i, j, o, a, n, b, d, s, m, z), by id. */
    private static char letter(int id) {
        return "cegklpqrtuvwxy".charAt(id % 14);
    }
}
