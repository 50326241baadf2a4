package fr.vodcompare.ui;

import fr.vodcompare.chart.ChartImage;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;

/** Pictures of nodes shown in the window, for the clipboard or a PNG (written by the chart package's PngWriter). */
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

    /** Puts a picture of {@code node} on the clipboard. FX thread only. */
    public static void copy(Node node) {
        ClipboardContent c = new ClipboardContent();
        c.putImage(node.snapshot(new SnapshotParameters(), null));
        Clipboard.getSystemClipboard().setContent(c);
    }
}
