package fr.vodcompare.ui;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;

/**
 * Pictures of a node, to the clipboard or to a PNG file. The snapshot is taken on the FX thread; the PNG is
 * encoded (no AWT needed) and written on a worker. A small stand-in until the chart package's export is used.
 */
public final class PngImages {
    /** The pixels of a snapshot, as 0xAARRGGBB, row by row. */
    public record Pixels(int width, int height, int[] argb) {
    }

    private PngImages() {
    }

    /** Takes a picture of {@code node} at {@code scale} (2 for sharp images). FX thread only. */
    public static Pixels snapshot(Node node, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        WritableImage img = node.snapshot(p, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new Pixels(w, h, argb);
    }

    /** Puts a picture of {@code node} on the clipboard. FX thread only. */
    public static void copy(Node node) {
        ClipboardContent c = new ClipboardContent();
        c.putImage(node.snapshot(new SnapshotParameters(), null));
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** Writes the pixels as a PNG file, whole or not at all. Any thread. */
    public static void write(Pixels px, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(encode(px));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** PNG bytes: 8-bit RGBA, no filter, zlib-compressed. */
    static byte[] encode(Pixels px) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_SPEED))) {
            byte[] row = new byte[1 + px.width() * 4];
            for (int y = 0; y < px.height(); y++) {
                row[0] = 0;
                for (int x = 0; x < px.width(); x++) {
                    int c = px.argb()[y * px.width() + x];
                    int i = 1 + x * 4;
                    row[i] = (byte) (c >> 16);
                    row[i + 1] = (byte) (c >> 8);
                    row[i + 2] = (byte) c;
                    row[i + 3] = (byte) (c >>> 24);
                }
                z.write(row);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(png);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(px.width());
        h.writeInt(px.height());
        h.write(new byte[] {8, 6, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", raw.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
