package org.educa.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real images for uploads: small, striped in one colour on white, so that two colours make two different files. */
public final class TestImages {

    private TestImages() {
    }

    /** A 32 × 18 PNG. */
    public static byte[] png(int colour) {
        return of("png", colour);
    }

    /** A 32 × 18 image in a format ImageIO writes ("png", "jpg", "gif", "bmp"). */
    public static byte[] of(String format, int colour) {
        BufferedImage image = new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 18; y++) {
            for (int x = 0; x < 32; x++) {
                image.setRGB(x, y, (x + y) % 3 == 0 ? colour : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalArgumentException("ImageIO writes no " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
