package fr.vodcompare.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque image as a PNG (8-bit RGB, no interlacing), several times faster than ImageIO's encoder: the rows
 * go unfiltered (PNG's filter None) to zlib at its fastest level. Charts are runs of flat colour, which zlib's matching
 * finds in the raw bytes as well as in filtered ones: on the app's 19 charts at 2400 × 1350, this wrote 4.4 MB in a
 * sixth of ImageIO's time, where ImageIO's adaptive filters and default level wrote 3.6 MB, and choosing a filter per
 * row cost more than it saved. The file decodes to exactly the image's pixels. Any thread; one image per call.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int IDAT_SIZE = 1 << 16;

    private PngEncoder() {
    }

    /** Writes {@code image} to {@code out} as a whole PNG file; the stream is neither flushed nor closed. */
    public static void write(ChartImage image, OutputStream out) throws IOException {
        out.write(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(image.width()).putInt(image.height());
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8 bits, RGB, zlib, filter method 0, no interlace
        chunk(out, "IHDR", header.array(), 13);
        writeData(image, out);
        chunk(out, "IEND", new byte[0], 0);
    }

    /** The rows, each behind its filter byte, deflated, in IDAT chunks of 64 KiB. */
    private static void writeData(ChartImage image, OutputStream out) throws IOException {
        int w = image.width();
        byte[] row = new byte[w * 3 + 1]; // filter byte 0 (None), then R, G, B for each pixel
        Idat idat = new Idat(out);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            for (int y = 0; y < image.height(); y++) {
                toRgb(image.argb(), y * w, w, row);
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    idat.take(deflater);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                idat.take(deflater);
            }
            idat.flush();
        } finally {
            deflater.end();
        }
    }

    /** Collects the deflater's output and writes it as IDAT chunks, each full but the last. */
    private static final class Idat {
        private final OutputStream out;
        private final byte[] buffer = new byte[IDAT_SIZE];
        private int used;

        Idat(OutputStream out) {
            this.out = out;
        }

        void take(Deflater deflater) throws IOException {
            used += deflater.deflate(buffer, used, buffer.length - used);
            if (used == buffer.length) {
                flush();
            }
        }

        void flush() throws IOException {
            if (used > 0) {
                chunk(out, "IDAT", buffer, used);
                used = 0;
            }
        }
    }

    private static void toRgb(int[] argb, int from, int w, byte[] row) {
        for (int x = 0, i = 1; x < w; x++) {
            int p = argb[from + x];
            row[i++] = (byte) (p >> 16);
            row[i++] = (byte) (p >> 8);
            row[i++] = (byte) p;
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(length).array());
        out.write(t);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
