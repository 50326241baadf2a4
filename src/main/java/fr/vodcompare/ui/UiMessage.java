package fr.vodcompare.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * A message a view model wants shown: a key of the {@code ui/messages} bundle and its arguments.
 * View models stay free of the language; views render it with {@link Messages#text(UiMessage)}.
 */
public record UiMessage(String key, Object... args) {
    /**
     * A value of a message that is words of their own, said in a language when the message is shown (an import's error,
     * which the import says in English and in French): {@link Messages#text} says them in its language. Equal to, and
     * printed as ({@link #toString()}), its English words.
     *
     * @param english the words in English
     * @param in      the words in a language
     */
    public record Words(String english, Function<Locale, String> in) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Words && ((Words) o).english.equals(english);
        }

        @Override
        public int hashCode() {
            return english.hashCode();
        }

        @Override
        public String toString() {
            return english;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UiMessage && ((UiMessage) o).key.equals(key) && Arrays.equals(((UiMessage) o).args, args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
