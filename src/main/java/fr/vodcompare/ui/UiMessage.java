package fr.vodcompare.ui;

import java.util.Arrays;

/**
 * A message a view model wants shown: a key of the {@code ui/messages} bundle and its arguments.
 * View models stay free of the language; views render it with {@link Messages#text(UiMessage)}.
 */
public record UiMessage(String key, Object... args) {
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
