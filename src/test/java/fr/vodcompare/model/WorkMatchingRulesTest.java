package fr.vodcompare.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The rules that judge two titles on two platforms the same work ({@link TitleMatcher#byWork}). */
class WorkMatchingRulesTest {
    private static TitleMatcher.Entry entry(long id, String spec) {
        // title;kind;year;director;cast (cast members separated by '+')
        String[] f = spec.split(";", -1);
        Integer year = f[2].isBlank() ? null : Integer.valueOf(f[2]);
        String director = f.length > 3 ? f[3] : null;
        String cast = f.length > 4 ? f[4].replace('+', ',') : null;
        return TitleMatcher.Entry.ofWork(id, f[0], Kind.fromCode(f[1]), year, director, cast);
    }

    /**
     * One title of platform A against the titles of platform B: which one it is the same work as (its
     * position in the list, from 1), by which rule, or "ambiguous" or "none".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | title on A (title;kind;year;director;cast)    | titles on B (… , …)                                                   | expected
            same title kind and year                      | Roma;film;2018;Alfonso Cuarón;               | Roma;film;2018;Alfonso Cuarón;                                        | 1 title_year
            accents and case                              | AMÉLIE;film;2001;;                           | Amelie;film;2001;;                                                    | 1 title_year
            English leading article                       | The Irishman;film;2019;;                     | Irishman;film;2019;;                                                  | 1 title_year
            article moved to the end                      | Office, The;series;2005;;                    | The Office;series;2005;;                                              | 1 title_year
            French leading article l'                     | L'Odyssée;film;2016;;                        | Odyssée;film;2016;;                                                   | 1 title_year
            French leading article les                    | Les Misérables;film;2019;Ladj Ly;            | Miserables;film;2019;Ladj Ly;                                         | 1 title_year
            ampersand and 'and'                           | Tom & Jerry;series;1975;;                    | Tom and Jerry;series;1975;;                                           | 1 title_year
            film a year apart                             | Tiger;film;2017;;                            | Tiger;film;2018;;                                                     | 1 title_year_1
            exact year beats a year apart                 | Tiger;film;2017;;                            | Tiger;film;2018;;,Tiger;film;2017;;                                   | 2 title_year
            remake: film years far apart                  | Suspiria;film;2018;Luca Guadagnino;          | Suspiria;film;1977;Dario Argento;                                     | none
            a film and a series of one name               | Kingdom;film;2019;;                          | Kingdom;series;2019;;                                                 | none
            series any year with a cast member in common  | Sherlock;series;2017;;Benedict Cumberbatch+Martin Freeman | Sherlock;series;2010;;Martin Freeman                     | 1 title_series_people
            series: the one sharing a person wins         | Charmed;series;2018;;Madeleine Mantock       | Charmed;series;1998;;Shannen Doherty,Charmed;series;2021;;Madeleine Mantock | 2 title_series_people
            series any year, no other candidate           | Dark;series;2020;;                           | Dark;series;2017;;                                                    | 1 title_series
            The Office UK and US: a remake                | The Office;series;2005;;Steve Carell         | The Office;series;2001;;Ricky Gervais                                 | none
            series two candidates: ambiguous              | Charmed;series;2018;;                        | Charmed;series;1998;;,Charmed;series;2021;;                           | ambiguous
            two films of one name a year either side      | Sarkar;film;2018;;                           | Sarkar;film;2017;;,Sarkar;film;2019;;                                 | ambiguous
            """)
    void matchesByTheFirstRuleThatHolds(String name, String a, String b, String expected) {
        List<TitleMatcher.Entry> others = new ArrayList<>();
        long id = 1;
        for (String k : b.split(",")) {
            others.add(entry(id++, k.strip()));
        }
        TitleMatcher.Result r = TitleMatcher.byWork(List.of(entry(100, a.strip())), others, (x, y) -> true);
        String got = r.ambiguous().containsKey(100L) ? "ambiguous"
                : r.matches().containsKey(100L) ? r.matches().get(100L).knownId() + " " + r.matches().get(100L).rule().code() : "none";
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void aSplitPairIsNeverMatchedAndLeavesTheOtherCandidate() {
        TitleMatcher.Result r = TitleMatcher.byWork(List.of(entry(100, "Charmed;series;2018;;")),
                List.of(entry(1, "Charmed;series;1998;;"), entry(2, "Charmed;series;2021;;")), (x, y) -> y.id() != 1);
        assertThat(r.ambiguous()).isEmpty();
        assertThat(r.matches().get(100L).knownId()).isEqualTo(2L);
        assertThat(r.matches().get(100L).rule()).isEqualTo(MatchRule.TITLE_SERIES);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Office            | office
            Office, The           | office
            L'Odyssée             | odyssee
            Les Misérables        | miserables
            Un homme idéal        | homme ideal
            A Quiet Place         | quiet place
            Tom & Jerry           | tom and jerry
            The                   | the
            Theo                  | theo
            Lupin                 | lupin
            """)
    void workKeyDropsOneLeadingArticle(String title, String key) {
        assertThat(Normalise.work(title)).isEqualTo(key);
    }
}
