package fr.vodcompare.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * The app's one date field: a date picker bound to a property that reads a typed date in the language's short form
 * (25/09/2021, 9/25/21) or as ISO (2021-09-25), and takes what was typed when the field loses focus (JavaFX keeps it
 * only on Enter). A date it cannot read puts the field back to the date it had, so nothing is taken silently. FX thread.
 */
public final class DateField {
    private DateField() {
    }

    public static DatePicker of(ObjectProperty<LocalDate> property, Locale locale, String prompt) {
        DatePicker p = new DatePicker();
        p.setPromptText(prompt);
        p.setAccessibleText(prompt);
        p.setEditable(true);
        DateTimeFormatter shortForm = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : shortForm.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return parse(s, shortForm, property.get());
            }
        });
        p.valueProperty().bindBidirectional(property);
        p.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                p.setValue(p.getConverter().fromString(p.getEditor().getText()));
                p.getEditor().setText(p.getConverter().toString(p.getValue()));
            }
        });
        return p;
    }

    /** {@code text} as a date in the short form or as ISO; blank is no date; anything else gives {@code otherwise}. */
    static LocalDate parse(String text, DateTimeFormatter shortForm, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {shortForm, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return otherwise;
    }
}
