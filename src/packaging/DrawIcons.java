import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws VOD Compare's icon (three platforms' bars growing side by side, and a play sign, on a blue tile) in
 * every size the operating systems want, and writes the files the window and the installers use:
 * PNGs for the window and Linux, an .ico for Windows, an .icns for macOS (both with PNG entries).
 * The results are committed; run again only when the drawing changes:
 * {@code java src/packaging/DrawIcons.java} from the repository's root (any JDK 11+, headless).
 */
public final class DrawIcons {
    private static final Color TOP = new Color(0x2F6FE4);
    private static final Color BOTTOM = new Color(0x1A2F7A);
    private static final Color[] BARS = {new Color(0xFF6B5A), new Color(0xFFC247), new Color(0x3DDC97)};
    private static final double[] HEIGHTS = {0.34, 0.52, 0.72};

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path window = root.resolve("src/main/resources/fr/vodcompare/app");
        Path packaging = root.resolve("src/packaging");
        for (int size : List.of(16, 32, 48, 64, 128, 256)) {
            write(draw(size), window.resolve("icon-" + size + ".png"));
        }
        write(draw(256), packaging.resolve("linux/vodcompare.png"));
        write(draw(512), packaging.resolve("vodcompare-512.png"));
        Files.createDirectories(packaging.resolve("windows"));
        Files.write(packaging.resolve("windows/vodcompare.ico"), ico(List.of(16, 24, 32, 48, 64, 128, 256)));
        Map<String, Integer> icns = new LinkedHashMap<>();
        icns.put("icp4", 16);
        icns.put("icp5", 32);
        icns.put("icp6", 64);
        icns.put("ic07", 128);
        icns.put("ic08", 256);
        icns.put("ic09", 512);
        icns.put("ic10", 1024);
        icns.put("ic11", 32);
        icns.put("ic12", 64);
        icns.put("ic13", 256);
        icns.put("ic14", 512);
        Files.createDirectories(packaging.resolve("macos"));
        Files.write(packaging.resolve("macos/vodcompare.icns"), icns(icns));
    }

    /** The icon at {@code size} pixels: simpler below 48 (no play sign, fewer gaps) so it stays legible. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double margin = size <= 32 ? 0 : s * 0.06;
        double tile = s - 2 * margin;
        RoundRectangle2D bg = new RoundRectangle2D.Double(margin, margin, tile, tile, tile * 0.42, tile * 0.42);
        g.setPaint(new GradientPaint(0, (float) margin, TOP, 0, (float) (margin + tile), BOTTOM));
        g.fill(bg);
        boolean small = size < 48;
        double left = margin + tile * (small ? 0.16 : 0.18);
        double right = margin + tile * (small ? 0.84 : 0.82);
        double base = margin + tile * (small ? 0.84 : 0.80);
        double gap = tile * (small ? 0.06 : 0.05);
        double barWidth = (right - left - 2 * gap) / 3;
        double maxHeight = tile * (small ? 0.68 : 0.62);
        for (int i = 0; i < 3; i++) {
            double h = maxHeight * HEIGHTS[i] / HEIGHTS[2];
            double x = left + i * (barWidth + gap);
            double r = small ? barWidth * 0.3 : barWidth * 0.35;
            g.setColor(BARS[i]);
            g.fill(new RoundRectangle2D.Double(x, base - h, barWidth, h + r, r, r));
        }
        // the bars' feet sit on a line, cut square: a chart's axis
        g.setPaint(new GradientPaint(0, (float) margin, TOP, 0, (float) (margin + tile), BOTTOM));
        g.fill(new java.awt.geom.Rectangle2D.Double(left - 1, base, right - left + 2, tile * 0.2));
        g.setColor(new Color(255, 255, 255, 230));
        g.setStroke(new BasicStroke((float) Math.max(1, tile * (small ? 0.05 : 0.03)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(left, base + tile * 0.035, right, base + tile * 0.035));
        if (!small) {
            double px = left + tile * 0.01;
            double py = margin + tile * 0.17;
            double ph = tile * 0.26;
            Path2D play = new Path2D.Double();
            play.moveTo(px, py);
            play.lineTo(px + ph * 0.87, py + ph / 2);
            play.lineTo(px, py + ph);
            play.closePath();
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (tile * 0.03), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.fill(play);
            g.draw(play);
        }
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static void write(BufferedImage img, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, png(img));
    }

    /** A Windows icon file whose entries are PNGs (Windows Vista and later read them). */
    static byte[] ico(List<Integer> sizes) throws IOException {
        List<byte[]> images = new java.util.ArrayList<>();
        for (int size : sizes) {
            images.add(png(draw(size)));
        }
        int offset = 6 + 16 * sizes.size();
        ByteBuffer head = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            head.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            head.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        for (byte[] b : images) {
            out.write(b);
        }
        return out.toByteArray();
    }

    /** A macOS icon file: its OSType entries, each a PNG (big-endian lengths, header included). */
    static byte[] icns(Map<String, Integer> entries) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            byte[] png = png(draw(e.getValue()));
            d.writeBytes(e.getKey());
            d.writeInt(png.length + 8);
            d.write(png);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(body.size() + 8);
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
