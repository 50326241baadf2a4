package fr.vodcompare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngImagesTest {
    @Test
    void encodesAPngThatDecodersRead() throws Exception {
        int[] argb = {0xFFE50914, 0x8000A8E1, 0xFFFFFFFF, 0x00000000, 0xFF000000, 0xFF123456};
        byte[] png = PngImages.encode(new PngImages.Pixels(3, 2, argb));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(3);
        assertThat(img.getHeight()).isEqualTo(2);
        assertThat(img.getRGB(0, 0)).isEqualTo(0xFFE50914);
        assertThat(img.getRGB(1, 0)).isEqualTo(0x8000A8E1);
        assertThat(img.getRGB(2, 1)).isEqualTo(0xFF123456);
    }
}
