package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.educa.business.authoring.ImageType;
import org.junit.jupiter.api.Test;

/** Images are recognised by their bytes only. */
class AuthoringImageTypeTest {

    @Test
    void realImagesAreRecognised() throws IOException {
        assertEquals(Optional.of(ImageType.PNG), ImageType.detect(encode("png")));
        assertEquals(Optional.of(ImageType.JPEG), ImageType.detect(encode("jpg")));
        assertEquals(Optional.of(ImageType.GIF), ImageType.detect(encode("gif")));
    }

    @Test
    void webpIsRecognisedByItsRiffHeader() {
        byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of(ImageType.WEBP), ImageType.detect(webp));
        assertEquals("image/webp", ImageType.WEBP.mediaType());
        byte[] wave = "RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(ImageType.detect(wave).isEmpty(), "other RIFF files are not images");
    }

    @Test
    void svgHtmlAndOtherTextAreRefused() {
        for (String text : new String[] {
            "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg onload=alert(1)>",
            "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>",
            "GIF8", "\u0089PNG", "hello"}) {
            assertTrue(ImageType.detect(text.getBytes(StandardCharsets.ISO_8859_1)).isEmpty(), text);
        }
    }

    @Test
    void htmlNamedLikeAnImageIsStillHtml() {
        byte[] html = "<html><img src=x onerror=alert(1)></html>".getBytes(StandardCharsets.UTF_8);
        assertTrue(ImageType.detect(html).isEmpty(), "the name evil.png plays no part");
    }

    @Test
    void emptyAndMissingBytesAreRefused() {
        assertTrue(ImageType.detect(new byte[0]).isEmpty());
        assertTrue(ImageType.detect(null).isEmpty());
    }

    private static byte[] encode(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, bytes), format);
        return bytes.toByteArray();
    }
}
