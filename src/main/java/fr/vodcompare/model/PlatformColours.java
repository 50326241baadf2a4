package fr.vodcompare.model;

import java.util.Collection;
import java.util.Locale;

/**
 * Colours for platforms that have none: hues spread by the golden angle, each far enough from every colour in
 * use to tell two platforms apart on a chart. Pure functions; thread-safe.
 */
public final class PlatformColours {
    /** Minimum distance between two platforms' colours (in RGB space, 0–441). */
    public static final double MIN_DISTANCE = 60;
    private static final double GOLDEN_ANGLE = 137.508;

    private PlatformColours() {
    }

    /** A {@code #RRGGBB} colour far from every colour of {@code used} (the farthest found when none is far enough). */
    public static String next(Collection<String> used) {
        return candidate(generate(used, 0));
    }

    /** The index of the first candidate from {@code step} on far enough from every used colour (else the farthest). */
    public static int generate(Collection<String> used, int step) {
        int best = step;
        double bestDistance = -1;
        for (int s = step; s < step + 400; s++) {
            String c = candidate(s);
            double d = used.stream().mapToDouble(u -> distance(u, c)).min().orElse(Double.MAX_VALUE);
            if (d >= MIN_DISTANCE) {
                return s;
            }
            if (d > bestDistance) {
                bestDistance = d;
                best = s;
            }
        }
        return best;
    }

    /** Hues spread by the golden angle; saturation and brightness alternate a little for more distinct colours. */
    public static String candidate(int s) {
        double hue = (30 + s * GOLDEN_ANGLE) % 360;
        double saturation = new double[] {0.70, 0.55, 0.85}[s % 3];
        double brightness = new double[] {0.72, 0.55, 0.85}[(s / 3) % 3];
        return hex(hsb(hue, saturation, brightness));
    }

    public static double distance(String a, String b) {
        int[] x = rgb(a);
        int[] y = rgb(b);
        double dr = x[0] - y[0];
        double dg = x[1] - y[1];
        double db = x[2] - y[2];
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    public static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }

    public static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }

    private static int[] hsb(double hue, double saturation, double brightness) {
        double h = hue / 60.0;
        double c = brightness * saturation;
        double x = c * (1 - Math.abs(h % 2 - 1));
        double m = brightness - c;
        double[] rgb = switch ((int) h) {
            case 0 -> new double[] {c, x, 0};
            case 1 -> new double[] {x, c, 0};
            case 2 -> new double[] {0, c, x};
            case 3 -> new double[] {0, x, c};
            case 4 -> new double[] {x, 0, c};
            default -> new double[] {c, 0, x};
        };
        return new int[] {(int) Math.round((rgb[0] + m) * 255), (int) Math.round((rgb[1] + m) * 255),
                (int) Math.round((rgb[2] + m) * 255)};
    }
}
