package fr.vodcompare.store;

import fr.vodcompare.model.Normalise;
import fr.vodcompare.model.Title;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the store writes of a title beside its own fields, derived from them: its normalised name and work key, its
 * country and genre lists as texts, its date added as text, its minutes or seasons read from its duration. Made where
 * the title is read (a streamed import makes it on the file's reader thread, so that the writer, which the import waits
 * on, only binds it).
 */
public record TitleValues(String normName, String workKey, String countries, String genres, String added, Integer minutes,
        Integer seasons) {
    private static final Pattern MINUTES = Pattern.compile("(\\d+)\\s*min", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEASONS = Pattern.compile("(\\d+)\\s*Seasons?", Pattern.CASE_INSENSITIVE);

    public static TitleValues of(Title t) {
        String norm = Normalise.text(t.name());
        return new TitleValues(norm, Normalise.workOfText(norm), joined(t.countries()), joined(t.genres()),
                t.dateAdded() == null ? null : t.dateAdded().toString(), match(MINUTES, t.duration()), match(SEASONS, t.duration()));
    }

    /** A list as the store keeps it in one column: its items joined by ", ", null when empty. */
    static String joined(List<String> items) {
        return items.isEmpty() ? null : String.join(", ", items);
    }

    private static Integer match(Pattern p, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = p.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
