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

    private Normalise() {
    }

    /** "Amélie  (2001)!" becomes "amelie 2001"; "Œ" and "æ" are spelled out. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("&", " and ");
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        t = NON_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return t.strip();
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
            boolean tail = p.toLowerCase(Locale.ROOT).startsWith("and ") || p.startsWith("& ");
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
