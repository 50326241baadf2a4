package fr.vodcompare.chart;

import java.util.List;

/**
 * The size of an exported image: a layout size in pixels and a scale (2 for sharp images on high-density
 * screens). The PNG is exactly {@code round(width × scale)} × {@code round(height × scale)} pixels.
 */
public record ExportSize(int width, int height, double scale) {
    /** Largest side of an exported image, in pixels, after scaling. */
    public static final int MAX_PIXELS = 10_000;
    public static final ExportSize DEFAULT = new ExportSize(1200, 675, 1);
    /** The presets the window offers: article 16:9, full HD, square (social networks). */
    public static final List<ExportSize> PRESETS = List.of(DEFAULT, new ExportSize(1920, 1080, 1), new ExportSize(1080, 1080, 1));

    /** @throws IllegalArgumentException when a side is not positive or larger than {@value #MAX_PIXELS} pixels once scaled */
    public ExportSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be positive (got " + width + "×" + height + ")");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive (got " + scale + ")");
        }
        if (Math.round(width * scale) > MAX_PIXELS || Math.round(height * scale) > MAX_PIXELS) {
            throw new IllegalArgumentException("image of " + Math.round(width * scale) + "×" + Math.round(height * scale)
                    + " pixels is too large; at most " + MAX_PIXELS + " pixels a side after scaling");
        }
        if (Math.round(width * scale) < 1 || Math.round(height * scale) < 1) {
            throw new IllegalArgumentException("image of less than one pixel");
        }
    }

    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }

    public ExportSize withScale(double newScale) {
        return new ExportSize(width, height, newScale);
    }
}
