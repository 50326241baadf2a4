package fr.vodcompare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateFieldTest {
    static final LocalDate BEFORE = LocalDate.of(2019, 11, 30);

    private static LocalDate parse(String text, Locale locale) {
        return DateField.parse(text, DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale), BEFORE);
    }

    @Test
    void readsTheLanguagesShortFormAndIsoAndKeepsTheDateForAnythingElse() {
        assertThat(parse("25/09/2021", Locale.FRENCH)).isEqualTo(LocalDate.of(2021, 9, 25));
        assertThat(parse("9/25/21", Locale.US)).isEqualTo(LocalDate.of(2021, 9, 25));
        assertThat(parse(" 2020-01-01 ", Locale.FRENCH)).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(parse("2020-01-01", Locale.US)).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(parse("", Locale.US)).isNull();
        assertThat(parse("next tuesday", Locale.US)).isEqualTo(BEFORE);
    }
}
