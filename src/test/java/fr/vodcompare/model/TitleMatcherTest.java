package fr.vodcompare.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TitleMatcherTest {
    private static TitleMatcher.Entry entry(long id, String title, String kind, String year) {
        return TitleMatcher.Entry.of(id, title, Kind.fromCode(kind), year == null || year.isBlank() ? null : Integer.valueOf(year));
    }

    /** One new entry against one or two known titles: which known title it matches, by which rule, or "ambiguous"/"new". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | new title           | kind   | year | known (title;kind;year, ...)                 | expected
            same title kind and year                | Lupin               | series | 2021 | Lupin;series;2021                             | 1 title_year
            accents and case ignored                | AMÉLIE              | film   | 2001 | Amelie;film;2001                              | 1 title_year
            punctuation ignored                     | What If?            | series | 2019 | What If;series;2019                           | 1 title_year
            film year moved by one                  | Roma                | film   | 2019 | Roma;film;2018                                | 1 title_year_1
            film years far apart: two works         | Roma                | film   | 2018 | Roma;film;1972                                | new
            series year moved by seasons            | The Crown           | series | 2020 | The Crown;series;2016                         | 1 title_series
            a film and a series that share a name   | Kingdom             | film   | 2019 | Kingdom;series;2019                           | new
            exact year beats year plus one          | Tiger               | film   | 2016 | Tiger;film;2017,Tiger;film;2016               | 2 title_year
            two candidates: ambiguous               | Charmed             | series | 2021 | Charmed;series;2005,Charmed;series;2019       | ambiguous
            two films of one name one year apart    | Sarkar              | film   | 2018 | Sarkar;film;2017,Sarkar;film;2019             | ambiguous
            no year on either side                  | Untitled            | film   |      | Untitled;film;                                | 1 title_year
            """)
    void matchesByTheFirstRuleThatHolds(String name, String title, String kind, String year, String known, String expected) {
        List<TitleMatcher.Entry> candidates = new ArrayList<>();
        long id = 1;
        for (String k : known.split(",")) {
            String[] f = k.split(";", -1);
            candidates.add(entry(id++, f[0], f[1], f[2]));
        }
        TitleMatcher.Result r = TitleMatcher.byTitle(List.of(entry(100, title, kind, year)), candidates);
        String got = r.ambiguous().containsKey(100L) ? "ambiguous"
                : r.matches().containsKey(100L) ? r.matches().get(100L).knownId() + " " + r.matches().get(100L).rule().code() : "new";
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void twoNewEntriesWantingOneKnownTitleAreBothAmbiguous() {
        TitleMatcher.Result r = TitleMatcher.byTitle(List.of(entry(10, "Love in a Puff", "film", "2010"),
                entry(11, "Love In A Puff", "film", "2010")), List.of(entry(1, "Love In A Puff", "film", "2010")));
        assertThat(r.matches()).isEmpty();
        assertThat(r.ambiguous()).containsOnlyKeys(10L, 11L).containsEntry(10L, List.of(1L));
    }

    @Test
    void aKnownTitleTakenByAStrongerRuleIsNoCandidateForAWeakerOne() {
        TitleMatcher.Result r = TitleMatcher.byTitle(List.of(entry(10, "Dark", "series", "2017"), entry(11, "Dark", "series", "2020")),
                List.of(entry(1, "Dark", "series", "2017")));
        assertThat(r.matches()).containsOnlyKeys(10L);
        assertThat(r.ambiguous()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | file ids (id=title)        | known ids (id=title)              | same lineage
            a later file of the same dataset              | s1=a,s2=b,s3=c              | s1=a,s2=b,s4=d                    | true
            a subset of the same dataset                  | s1=a                        | s1=a,s2=b,s3=c,s4=d,s5=e          | true
            a renamed title in a small file               | s1=new name                 | s1=old name                       | true
            another version with other ids                | 81=a,82=b                   | s1=a,s2=b                         | false
            """)
    void tellsFileLineagesApart(String name, String file, String known, boolean expected) {
        assertThat(TitleMatcher.sameLineage(ids(file), ids(known))).isEqualTo(expected);
    }

    @Test
    void rowNumbersSharedByChanceAreNoLineage() {
        Map<String, String> file = new java.util.HashMap<>();
        Map<String, String> known = new java.util.HashMap<>();
        for (int i = 1; i <= 50; i++) {
            file.put("s" + i, "file title " + i);
            known.put("s" + i, "other title " + i);
        }
        assertThat(TitleMatcher.sameLineage(file, known)).isFalse();
    }

    private static Map<String, String> ids(String spec) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String p : spec.split(",")) {
            String[] kv = p.split("=");
            m.put(kv[0].strip(), Normalise.text(kv[1]));
        }
        return m;
    }
}
