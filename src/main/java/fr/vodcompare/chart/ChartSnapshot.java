package fr.vodcompare.chart;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/** Renders a chart off-screen at an exact size. FX thread only; encoding and writing belong elsewhere ({@link PngWriter}). */
public final class ChartSnapshot {
    private ChartSnapshot() {
    }

    /**
     * Lays a fresh chart node out at {@code size} in an off-screen scene and snapshots it: an image of exactly
     * {@code size.pixelWidth() × size.pixelHeight()} pixels. Use the image for the clipboard, or
     * {@link #pixels} for a file.
     */
    public static WritableImage take(ChartSpec spec, ExportSize size) {
        return take(ChartFactory.create(spec), size);
    }

    /** Snapshots a node not shown anywhere else (it becomes the root of an off-screen scene). */
    public static WritableImage take(Region node, ExportSize size) {
        Scene scene = new Scene(node, size.width(), size.height(), Color.WHITE);
        node.resize(size.width(), size.height());
        // twice: the charts place their axes, then their labels, from the first layout's sizes
        for (int i = 0; i < 2; i++) {
            node.applyCss();
            node.layout();
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setTransform(Transform.scale(size.scale(), size.scale()));
        p.setViewport(new Rectangle2D(0, 0, size.pixelWidth(), size.pixelHeight()));
        WritableImage image = new WritableImage(size.pixelWidth(), size.pixelHeight());
        return scene.getRoot().snapshot(p, image);
    }

    /**
     * The image's pixels, detached from the toolkit. FX thread (reading is quick; encoding is not done here). Read in
     * the snapshot's own premultiplied format, a plain copy: every pixel is opaque (the snapshot's fill is white), so
     * premultiplied and straight colours are the same numbers, and the conversion cost 30 ms a chart for nothing.
     */
    public static ChartImage pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argb, 0, w);
        return new ChartImage(w, h, argb);
    }
}
