package fr.vodcompare.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of titles and names for matching: case, accents, punctuation and spacing ignored. */
public final class Normalise {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Leading articles dropped by {@link #work}: English and French ("l" is "l'" once punctuation is gone). */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "le", "la", "les", "l", "un", "une");

    private Normalise() {
    }

    /** "Amélie  (2001)!" becomes "amelie 2001"; "Œ" and "æ" are spelled out. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        String ascii = asciiText(s);
        if (ascii != null) {
            return ascii;
        }
        String t = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("&", " and ");
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        t = NON_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return t.strip();
    }

    /**
     * {@link #text} of a text in ASCII without {@code &} (null for any other), without its regular expressions (a
     * search tests the directors and casts of thousands of titles with it): letters and digits in lower case, each run
     * of other characters one space, none at the ends.
     */
    private static String asciiText(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80 || ch == '&') {
                return null;
            }
            boolean letter = ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9';
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + ('a' - 'A'));
                letter = true;
            }
            if (!letter) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.append(ch);
        }
        return out.toString();
    }

    /**
     * The key of a work across platforms: {@link #text} without one leading article in English or French
     * ("The Office", "L'Odyssée" and "Les Misérables" become "office", "odyssee", "miserables"), so that a
     * platform writing "Office, The" or dropping the article still matches. Only matching uses it: the stored
     * {@code norm_name} stays {@link #text}.
     */
    public static String work(String s) {
        return workOfText(text(s));
    }

    /** {@link #work} of a text already made {@link #text} (the text is not normalised again). */
    public static String workOfText(String t) {
        int space = t.indexOf(' ');
        if (space > 0 && ARTICLES.contains(t.substring(0, space))) {
            return t.substring(space + 1);
        }
        if (t.endsWith(" the")) {
            return t.substring(0, t.length() - 4);
        }
        return t;
    }

    /**
     * Splits a comma-separated list as the catalogue files write them ("Dramas, Comedies"), keeping a
     * name that itself holds an "X, Y, and Z" list whole ("Arts, Entertainment, and Culture").
     * Blank items and repeats are dropped.
     */
    public static List<String> commaList(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String piece : raw.split(",")) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean tail = p.regionMatches(true, 0, "and ", 0, 4) || p.startsWith("& ");
            if (tail && out.size() >= 2) {
                String second = out.remove(out.size() - 1);
                String first = out.remove(out.size() - 1);
                p = first + ", " + second + ", " + p;
            }
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The key of a title within a platform for files without ids: normalised title, year and kind. */
    public static String titleKey(String title, Integer year, Kind kind) {
        return text(title) + "|" + (year == null ? "" : year) + "|" + (kind == null ? "" : kind.code());
    }
}
