package fr.vodcompare.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's PNG encoder: what it writes is a valid PNG that decodes (with ImageIO's independent decoder) to the same pixels. */
class PngEncoderTest {
    @TempDir
    Path dir;

    @Test
    void flatColoursNoiseAndEdgesDecodeToTheSamePixels() throws Exception {
        // 701 × 413: odd sizes, several IDAT chunks (the noise does not compress), flat runs, every byte value
        int w = 701;
        int h = 413;
        int[] argb = new int[w * h];
        Random random = new Random(11);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = y < h / 3 ? 0xE50914 : y < 2 * h / 3 ? random.nextInt(1 << 24) : (x * 255 / w) << 16 | (y & 0xFF) << 8 | x & 0xFF;
                argb[y * w + x] = 0xFF000000 | rgb;
            }
        }
        ChartImage image = new ChartImage(w, h, argb);
        byte[] png = encode(image);

        assertThat(decoded(png)).isEqualTo(argb);
        List<String> chunks = chunks(png);
        assertThat(chunks.get(0)).isEqualTo("IHDR");
        assertThat(chunks.get(chunks.size() - 1)).isEqualTo("IEND");
        assertThat(chunks.stream().filter("IDAT"::equals).count()).as("IDAT chunks").isGreaterThan(1);
    }

    @Test
    void aOnePixelImage() throws Exception {
        int[] argb = {0xFF123456};
        assertThat(decoded(encode(new ChartImage(1, 1, argb)))).isEqualTo(argb);
    }

    @Test
    void aRealChartWrittenByPngWriterHasTheSnapshotsPixels() throws Exception {
        FxRuntime.ensureStarted();
        ChartSpec spec = new ChartSpec("test", ChartType.COLUMNS, java.util.Locale.ENGLISH, "Catalogue size", "Titles",
                "Source: test", "", ValueUnit.COUNT, List.of("Netflix", "Prime Video"),
                List.of(new ChartSeries("titles", "Titles", "#E50914", List.of(ChartPoint.of("Netflix", 8807, "8,807"),
                        ChartPoint.of("Prime Video", 9668, "9,668")))), null, List.of(), "", "");
        ChartImage image = FxRuntime.call(() -> ChartSnapshot.pixels(ChartSnapshot.take(spec, new ExportSize(600, 338, 2))));
        Path file = dir.resolve("chart.png");

        PngWriter.write(image, file);

        assertThat(image.width()).isEqualTo(1200);
        assertThat(decoded(Files.readAllBytes(file))).isEqualTo(image.argb());
        assertThat(java.util.Arrays.stream(image.argb()).distinct().count()).as("a real picture, not a blank").isGreaterThan(20);
    }

    private static byte[] encode(ChartImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        return out.toByteArray();
    }

    private static int[] decoded(byte[] png) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read).as("ImageIO reads it").isNotNull();
        return read.getRGB(0, 0, read.getWidth(), read.getHeight(), null, 0, read.getWidth());
    }

    /** The chunks' types in order, each chunk's CRC checked. */
    private static List<String> chunks(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        byte[] signature = new byte[8];
        in.readFully(signature);
        assertThat(signature).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        List<String> types = new ArrayList<>();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] typeAndData = new byte[4 + length];
            in.readFully(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertThat(in.readInt()).as("CRC").isEqualTo((int) crc.getValue());
            types.add(new String(typeAndData, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        }
        return types;
    }
}
