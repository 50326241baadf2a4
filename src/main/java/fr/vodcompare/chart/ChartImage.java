package fr.vodcompare.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * A rendered chart as plain pixels (ARGB, row by row), detached from the FX toolkit so it can be encoded
 * and written on any thread. The array is not copied: do not change it.
 */
public record ChartImage(int width, int height, int[] argb) {
    public ChartImage {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + argb.length);
        }
    }

    /** An opaque RGB image sharing the pixels (no copy), for ImageIO. */
    public BufferedImage toBufferedImage() {
        DirectColorModel model = new DirectColorModel(24, 0xFF0000, 0x00FF00, 0x0000FF);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(argb, argb.length), width, height, width,
                model.getMasks(), null);
        return new BufferedImage(model, raster, false, null);
    }
}
