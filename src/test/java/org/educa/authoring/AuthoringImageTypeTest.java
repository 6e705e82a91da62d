package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.educa.business.authoring.ImageType;
import org.junit.jupiter.api.Test;

/** Images are recognised by their bytes only: PNG, JPEG and GIF by decoding them, WebP by a strict container check. */
class AuthoringImageTypeTest {

    /** Real 1 × 1 WebP images (lossless and lossy), as browsers' feature tests use them. */
    private static final byte[] WEBP_LOSSLESS = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    private static final byte[] WEBP_LOSSY =
            Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    @Test
    void realImagesAreRecognised() throws IOException {
        assertEquals(Optional.of(ImageType.PNG), ImageType.detect(encode("png")));
        assertEquals(Optional.of(ImageType.JPEG), ImageType.detect(encode("jpg")));
        assertEquals(Optional.of(ImageType.GIF), ImageType.detect(encode("gif")));
    }

    @Test
    void imagesThatDoNotDecodeAreRefused() throws IOException {
        for (String format : new String[] {"png", "jpg", "gif"}) {
            byte[] image = encode(format);
            byte[] cut = Arrays.copyOf(image, image.length / 2);
            assertTrue(ImageType.detect(cut).isEmpty(), format + " cut in half");
            byte[] scrambled = image.clone();
            Arrays.fill(scrambled, 16, scrambled.length, (byte) 'x');
            assertTrue(ImageType.detect(scrambled).isEmpty(), format + " with its data replaced");
        }
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        byte[] htmlBehindIt = concat(signature, "\0\0\0\rIHDR<html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(ImageType.detect(htmlBehindIt).isEmpty(), "HTML behind a PNG signature and header");
    }

    @Test
    void imagesLargerThanTheLimitAreRefusedWithoutDecoding() throws IOException {
        byte[] png = encode("png");
        // the header chunk (IHDR) says 100000 × 100000: ImageIO would need 40 GB to decode it
        ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        assertTrue(ImageType.detect(png).isEmpty());
    }

    @Test
    void webpIsAWellFormedRiffContainerWithAPictureHeader() {
        assertEquals(Optional.of(ImageType.WEBP), ImageType.detect(WEBP_LOSSLESS));
        assertEquals(Optional.of(ImageType.WEBP), ImageType.detect(WEBP_LOSSY));
        assertEquals("image/webp", ImageType.WEBP.mediaType());
        byte[] wave = "RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(ImageType.detect(wave).isEmpty(), "other RIFF files are not images");
        byte[] headerOnly = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(ImageType.detect(headerOnly).isEmpty(), "a header and nothing behind it");
        byte[] html = concat(WEBP_LOSSLESS, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertTrue(ImageType.detect(html).isEmpty(), "bytes behind the container's declared end");
        byte[] cut = Arrays.copyOf(WEBP_LOSSY, WEBP_LOSSY.length - 2);
        assertTrue(ImageType.detect(cut).isEmpty(), "a container shorter than it says");
        byte[] noStartCode = WEBP_LOSSY.clone();
        noStartCode[23] = 0; // 9d 01 2a, the VP8 frame's start code, at offset 20 + 3
        assertTrue(ImageType.detect(noStartCode).isEmpty(), "a VP8 chunk without its start code");
        byte[] unknownChunk = WEBP_LOSSLESS.clone();
        unknownChunk[15] = 'X'; // VP8L -> VP8X: the lossless bytes read as an extended header give a huge canvas
        assertTrue(ImageType.detect(unknownChunk).isEmpty());
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

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] encode(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            image.setRGB(x, x % 30, 0x3366cc * (x + 1)); // some content, so that the data is not all alike
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, bytes), format);
        return bytes.toByteArray();
    }
}
