package fr.vodcompare.chart;

/**
 * A rendered chart as plain pixels (ARGB, row by row), detached from the FX toolkit so it can be encoded
 * and written on any thread ({@link PngEncoder}). The array is not copied: do not change it.
 */
public record ChartImage(int width, int height, int[] argb) {
    public ChartImage {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + argb.length);
        }
    }
}
