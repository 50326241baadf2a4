package fr.vodcompare.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Words said to the user in their language: a sentence of a bundle (English in the base file, French in its
 * {@code _fr} file) and the values it shows, said in English ({@link #english()}, logs and exception messages) or in
 * a language ({@link #in(Locale)}). The sentences are {@link java.util.Formatter} patterns filled in the bundle's
 * language ({@code %s}; {@code %,d} groups digits, {@code %tB} names a month); a value that is itself a
 * {@code Sentence} is said in the same language. The one mechanism of the import's and the store's sentences.
 * Immutable when its values are.
 *
 * @param bundle the bundle's base name, such as {@code fr.vodcompare.ingest.messages}
 * @param key    the sentence's key in the bundle
 * @param args   the values it shows, in order
 */
public record Sentence(String bundle, String key, List<Object> args) {
    /** {@code key}'s sentence in {@code bundle} with {@code args} (which may be null: said "null"). */
    public static Sentence of(String bundle, String key, Object... args) {
        return new Sentence(bundle, key, Arrays.stream(args).toList());
    }

    /** The sentence in English, as the app always says it in its logs and messages. */
    public String english() {
        return in(Locale.ROOT);
    }

    /** The sentence in the language of {@code locale}: English when the bundle has no sentences in it. */
    public String in(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] values = args.stream().map(a -> a instanceof Sentence s ? s.in(locale) : a).toArray();
        // the base bundle is English: its numbers and month names are English ones (Locale.ROOT abbreviates months)
        Locale language = b.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : b.getLocale();
        return String.format(language, b.getString(key), values);
    }
}
