package fr.vodcompare.chart;

import fr.vodcompare.model.Platform;
import fr.vodcompare.model.PlatformColours;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One colour per platform, the same in every chart: the brand colour from the registry, or, for a
 * platform without one (or with a colour another platform already has), a generated colour far from
 * every colour in use. Built from the whole registry, so a platform's colour does not depend on which
 * platforms a chart shows. Immutable.
 */
public final class PlatformPalette {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private final Map<String, String> colours;

    private PlatformPalette(Map<String, String> colours) {
        this.colours = Collections.unmodifiableMap(colours);
    }

    /** Colours for the platforms in registry order: registry colours first, then generated ones. */
    public static PlatformPalette of(List<Platform> platforms) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        for (Platform p : platforms) {
            String c = p.colour() == null ? null : p.colour().strip().toUpperCase(Locale.ROOT);
            if (c != null && HEX.matcher(c).matches() && !used.contains(c)) {
                out.put(p.id(), c);
                used.add(c);
            }
        }
        int step = 0;
        for (Platform p : platforms) {
            if (!out.containsKey(p.id())) {
                int chosen = PlatformColours.generate(used, step);
                String c = PlatformColours.candidate(chosen);
                step = chosen + 1;
                out.put(p.id(), c);
                used.add(c);
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        platforms.forEach(p -> ordered.put(p.id(), out.get(p.id())));
        return new PlatformPalette(ordered);
    }

    /** The colour of a platform ({@code #RRGGBB}); a neutral grey for an id the registry does not have. */
    public String colour(String platformId) {
        return colours.getOrDefault(platformId, "#7F7F7F");
    }

    public Map<String, String> colours() {
        return colours;
    }

    static double distance(String a, String b) {
        return PlatformColours.distance(a, b);
    }

    static int[] rgb(String hex) {
        return PlatformColours.rgb(hex);
    }

    static String hex(int[] rgb) {
        return PlatformColours.hex(rgb);
    }

    /** The colour mixed with white: {@code amount} 0 keeps it, 1 gives white. */
    public static String tint(String hex, double amount) {
        int[] c = rgb(hex);
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(c[i] + (255 - c[i]) * amount);
        }
        return hex(out);
    }

    /** WCAG contrast ratio of two colours (1 to 21). */
    public static double contrast(String a, String b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double luminance(String hex) {
        int[] c = rgb(hex);
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = c[i] / 255.0;
            l[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    /** Black or white, whichever reads better on the colour (text on a platform's chip). */
    public static String textOn(String hex) {
        return contrast(hex, "#000000") >= contrast(hex, "#FFFFFF") ? "#000000" : "#FFFFFF";
    }

    /** The colour darkened just enough to be read as text on white (WCAG AA, 4.5:1); unchanged when it already is. */
    public static String readableOnWhite(String hex) {
        int[] c = rgb(hex);
        String out = hex;
        for (double k = 1.0; contrast(out, "#FFFFFF") < 4.5 && k > 0; k -= 0.05) {
            out = hex(new int[] {(int) Math.round(c[0] * k), (int) Math.round(c[1] * k), (int) Math.round(c[2] * k)});
        }
        return out;
    }


}
