package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /**
     * The dates of one file (separated by ';'), the order forced or not, the value read, and the warning
     * (a part of it) or none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                   | the file's dates                 | forced      | read         | expected       | warning
            ISO always                               | 2021-07-01                        | -           | 2021-07-01   | 2021-07-01     | -
            written out, English                     | September 25, 2021                | -           | September 25, 2021 | 2021-09-25 | -
            stray spaces                             | '  September 25, 2021'            | -           | '  September 25, 2021' | 2021-09-25 | -
            written out, French                      | 14 juillet 2021                   | -           | 14 juillet 2021 | 2021-07-14  | -
            a first field over 12: day first         | 01/07/2021;22/09/2021             | -           | 01/07/2021   | 2021-07-01     | -
            a second field over 12: month first      | 01/07/2021;09/22/2021             | -           | 01/07/2021   | 2021-01-07     | -
            month first decided, the other date      | 01/07/2021;09/22/2021             | -           | 09/22/2021   | 2021-09-22     | -
            nothing decides: day first, one warning  | 01/07/2021;02/03/2021             | -           | 01/07/2021   | 2021-07-01     | 01/07/2021 read as 1 July 2021; use --date-format MM/DD/YYYY for 7 January
            same day and month: nothing to warn      | 05/05/2021                        | -           | 05/05/2021   | 2021-05-05     | -
            forced month first                       | 01/07/2021                        | MONTH_FIRST | 01/07/2021   | 2021-01-07     | -
            forced day first refuses a 13th month    | 09/22/2021                        | DAY_FIRST   | 09/22/2021   | -              | is not a date
            not a real date                          | 2021-02-30                        | -           | 2021-02-30   | -              | is not a date
            more than a day in the future            | January 1, 2999                   | -           | January 1, 2999 | -           | is in the future
            tomorrow is fine                         | 2026-12-02                        | -           | 2026-12-02   | 2026-12-02     | -
            """)
    void readsAsTheFileDecides(String name, String all, DateOrder forced, String raw, String expected, String warning) {
        CatalogueDates dates = CatalogueDates.of(Arrays.asList(all.split(";")), forced, TODAY);
        List<String> warnings = new ArrayList<>();
        CatalogueDates.Parsed p = dates.parse(raw, s -> warnings.add(s.english()));
        assertThat(p.date()).isEqualTo(expected == null ? null : LocalDate.parse(expected));
        if (p.problem() != null) {
            warnings.add(p.problem());
        }
        if (warning == null) {
            assertThat(warnings).isEmpty();
        } else {
            assertThat(warnings).singleElement().asString().contains(warning);
        }
    }

    /** A date read again is the same date, refused again when in the future; numeric dates still decide as they come. */
    @Test
    void aDateReadAgainReadsTheSame() {
        CatalogueDates dates = CatalogueDates.provisional(null, TODAY);
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assertThat(dates.parse("September 25, 2021", s -> warnings.add(s.english())).date()).isEqualTo(LocalDate.of(2021, 9, 25));
            assertThat(dates.parse(" September  25, 2021", s -> warnings.add(s.english())).date()).isEqualTo(LocalDate.of(2021, 9, 25));
            assertThat(dates.parse("January 1, 2999", s -> warnings.add(s.english())).problem()).contains("is in the future");
            assertThat(dates.parse("01/07/2021", s -> warnings.add(s.english())).date()).isEqualTo(LocalDate.of(2021, 7, 1));
        }
        assertThat(warnings).singleElement().asString().contains("01/07/2021 read as 1 July 2021");
        assertThat(dates.parse("09/22/2021", s -> { }).date()).isNull();
        assertThat(dates.verdict()).isEqualTo(CatalogueDates.Verdict.READ_AGAIN_MONTH_FIRST);
    }
}
