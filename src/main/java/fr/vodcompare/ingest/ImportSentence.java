package fr.vodcompare.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What an import says (an error, a warning): a sentence of {@code fr/vodcompare/ingest/messages*.properties} and the
 * values it shows, said in English ({@link #english()}) or in the user's language ({@link #in(Locale)}). The sentences
 * are {@link java.util.Formatter} patterns filled in the bundle's language ({@code %s}; {@code %,d} groups digits,
 * {@code %tB} names a month); a value that is itself an {@code ImportSentence} is said in the same language.
 * Immutable when its values are.
 *
 * @param key  the sentence's key in the bundle
 * @param args the values it shows, in order
 */
record ImportSentence(String key, List<Object> args) {
    private static final String BUNDLE = "fr.vodcompare.ingest.messages";

    /** {@code key}'s sentence with {@code args} (which may be null: said "null", as before). */
    static ImportSentence of(String key, Object... args) {
        return new ImportSentence(key, Arrays.stream(args).toList());
    }

    /** The sentence in English, exactly as the import always said it (logs, tests, {@link ImportException#getMessage()}). */
    String english() {
        return in(Locale.ROOT);
    }

    /** The sentence in the language of {@code locale}: English when the bundle has no sentences in it. */
    String in(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] values = args.stream().map(a -> a instanceof ImportSentence s ? s.in(locale) : a).toArray();
        // the base bundle is English: its numbers and month names are English ones (Locale.ROOT abbreviates months)
        Locale language = b.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : b.getLocale();
        return String.format(language, b.getString(key), values);
    }
}
