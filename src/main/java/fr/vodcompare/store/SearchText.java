package fr.vodcompare.store;

import fr.vodcompare.model.Normalise;
import fr.vodcompare.model.Title;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a user typed in the catalogue search, read as words and an optional field: {@code director: lynch}
 * or {@code cast: omar sy} search one field (FTS5 column filter); otherwise title, director and cast.
 *
 * @param field the one field searched, or null for all three
 * @param words the words, as typed (quotes and punctuation dropped)
 */
public record SearchText(Field field, List<String> words) {
    /** A searched field of a title, with its full-text column. */
    public enum Field {
        TITLE("name"), DIRECTOR("director"), CAST("cast_list");

        private final String column;

        Field(String column) {
            this.column = column;
        }
    }

    /** The prefixes a user may type before a colon, English and French. */
    private static final Map<String, Field> PREFIXES = Map.of("title", Field.TITLE, "titre", Field.TITLE,
            "director", Field.DIRECTOR, "realisation", Field.DIRECTOR, "realisateur", Field.DIRECTOR,
            "cast", Field.CAST, "distribution", Field.CAST);

    public SearchText {
        words = List.copyOf(words);
    }

    /** Reads {@code text} (null: no words). */
    public static SearchText parse(String text) {
        if (text == null) {
            return new SearchText(null, List.of());
        }
        Field field = null;
        String rest = text.strip();
        int colon = rest.indexOf(':');
        if (colon > 0) {
            Field f = PREFIXES.get(Normalise.text(rest.substring(0, colon)).toLowerCase(Locale.ROOT));
            if (f != null) {
                field = f;
                rest = rest.substring(colon + 1);
            }
        }
        List<String> words = Arrays.stream(rest.split("[\\s\\p{Punct}&&[^'’]]+"))
                .map(w -> w.replace("\"", "").strip())
                .filter(w -> !w.isEmpty())
                .toList();
        return new SearchText(field, words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The FTS5 query: each word quoted, the last as a prefix, within the field when there is one. */
    public String fts() {
        return fts(field);
    }

    /** The same words, searched in {@code f} only (null: every field). */
    String fts(Field f) {
        if (words.isEmpty()) {
            return "";
        }
        String q = words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(" ")) + "*";
        return f == null ? q : "{" + f.column + "} : (" + q + ")";
    }

    /** The words searched in {@code f} only (null: every field), each a whole word: no prefix. */
    String ftsWhole(Field f) {
        String q = words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(" "));
        return f == null ? q : "{" + f.column + "} : (" + q + ")";
    }

    /** The words as one normalised title, to put a title named exactly so first. */
    String exactTitle() {
        return Normalise.text(String.join(" ", words));
    }

    /** The words made ready to test texts while the catalogue walks titles in order. */
    Words normalised() {
        return new Words(words.stream().map(Normalise::text).toList());
    }

    /**
     * The words normalised ({@link Normalise#text}), tested as the full-text index matches them: each a whole word
     * of the text, the last the start of one; a word that normalises to several (l'amour) as consecutive words.
     */
    record Words(List<String> list) {
        /** True when every word is in {@code normalised}. */
        boolean in(String normalised) {
            for (int i = 0; i < list.size(); i++) {
                if (!has(normalised, i)) {
                    return false;
                }
            }
            return !list.isEmpty();
        }

        /** True when each word is in one of the three texts (normalised), as a search of every field matches. */
        boolean inAny(String name, String director, String cast) {
            for (int i = 0; i < list.size(); i++) {
                if (!has(name, i) && !has(director, i) && !has(cast, i)) {
                    return false;
                }
            }
            return !list.isEmpty();
        }

        private boolean has(String normalised, int i) {
            String w = list.get(i);
            boolean last = i == list.size() - 1;
            return !w.isEmpty() && (" " + normalised + " ").contains(" " + w + (last ? "" : " "));
        }
    }

    /**
     * The field of {@code t} that holds every word (the last as a prefix), in the order title, director,
     * cast; when the words are spread out (the title then is not where the catalogue's order found it: it lists
     * such a title among the director and cast matches), the director or cast field holding most of them; the title
     * when they hold none; null when no field holds any.
     */
    public Field matchedIn(Title t) {
        if (field != null) {
            return field;
        }
        Field best = null;
        int most = 0;
        boolean inTitle = false;
        for (Field f : Field.values()) {
            int n = hits(f == Field.TITLE ? t.name() : f == Field.DIRECTOR ? t.director() : t.cast());
            if (n == words.size()) {
                return f;
            }
            if (f == Field.TITLE) {
                inTitle = n > 0;
            } else if (n > most) {
                most = n;
                best = f;
            }
        }
        return best != null ? best : inTitle ? Field.TITLE : null;
    }

    private int hits(String text) {
        List<String> tokens = Arrays.asList(Normalise.text(text).split(" "));
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = Normalise.text(words.get(i));
            boolean last = i == words.size() - 1;
            if (!w.isEmpty() && tokens.stream().anyMatch(k -> last ? k.startsWith(w) : k.equals(w))) {
                n++;
            }
        }
        return n;
    }
}
