package fr.vodcompare.ui;

import fr.vodcompare.chart.ChartImage;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

/** Pictures of what the window shows (the screenshots for people to look at), written by the chart package's PngWriter. */
public final class PngImages {
    private PngImages() {
    }

    /** Takes a picture of {@code node} at {@code scale} (2 for sharp images). FX thread only. */
    public static ChartImage snapshot(Node node, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        WritableImage img = node.snapshot(p, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new ChartImage(w, h, argb);
    }
}
