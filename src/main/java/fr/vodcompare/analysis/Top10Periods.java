package fr.vodcompare.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * How Top 10 weeks are grouped over time: by quarter ({@code 2021-Q3}) when the weeks lie within eight quarters,
 * else by year ({@code 2021}). A week belongs to the period of the date the file gives it.
 */
public enum Top10Periods {
    QUARTERS, YEARS;

    static final int MOST_QUARTERS = 8;

    /** The grouping for weeks from {@code first} to {@code last}. */
    public static Top10Periods of(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return YEARS;
        }
        int quarters = (last.getYear() - first.getYear()) * 4 + quarter(last) - quarter(first) + 1;
        return quarters <= MOST_QUARTERS ? QUARTERS : YEARS;
    }

    /** The grouping of a list of weeks, oldest first. */
    public static Top10Periods of(List<LocalDate> weeks) {
        return weeks.isEmpty() ? YEARS : of(weeks.get(0), weeks.get(weeks.size() - 1));
    }

    /** The period of a week, as {@link Period} reads it ("2021-Q3", "2022"). */
    public String key(LocalDate week) {
        return this == QUARTERS ? week.getYear() + "-Q" + quarter(week) : Integer.toString(week.getYear());
    }

    private static int quarter(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }
}
