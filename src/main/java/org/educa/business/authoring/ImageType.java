package org.educa.business.authoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The image formats Educa accepts, recognised by their bytes, never by file name or by the type the browser claims: a
 * PNG, JPEG or GIF must have its format's signature and decode as one (with {@link ImageIO}, in the JDK); anything else,
 * SVG, HTML and HTML behind an image signature included, is not an image here.
 *
 * <p>WebP, which ImageIO cannot read, is kept but checked strictly instead of decoded: the whole file must be one
 * well-formed RIFF container (its length as declared, chunk after chunk up to the last byte) whose first chunk is a
 * VP8, VP8L or VP8X header with its own signature and a size within the limit. Refusing WebP would refuse what many
 * tools now save by default; and the risk decoding guards against, a browser taking the file for something else, is
 * answered by how media are served: their own exact type, {@code nosniff}, and a {@code default-src 'none'; sandbox}
 * policy. Bytes appended after an image's end are allowed for the same reason (some cameras write them).
 */
public enum ImageType {
    PNG("png", "image/png"),
    JPEG("jpg", "image/jpeg"),
    GIF("gif", "image/gif"),
    WEBP("webp", "image/webp");

    /** Larger images are refused without decoding: 8192 × 8192, more than any camera Educa's authors use. */
    static final long MAX_PIXELS = 8192L * 8192L;
    /** Images are decoded in full but kept at most about this size in memory (every n-th pixel of every n-th row). */
    private static final long DECODED_PIXELS = 1_000_000L;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_MARK = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private final String extension;
    private final String mediaType;

    ImageType(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of an image these bytes are, if they are one (see above). */
    public static Optional<ImageType> detect(byte[] bytes) {
        Optional<ImageType> claimed = bySignature(bytes);
        if (claimed.isEmpty()) {
            return claimed;
        }
        boolean valid = claimed.get() == WEBP ? WebpContainer.isWellFormed(bytes) : decodes(bytes, claimed.get());
        return valid ? claimed : Optional.empty();
    }

    /**
     * The format of the image this file is, if it is one (see above), read from the file: a PNG, JPEG or GIF is decoded
     * from it as a stream; a WebP container is read whole to be checked (an upload is within its limit).
     */
    public static Optional<ImageType> detectFile(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<ImageType> claimed = bySignature(head);
        if (claimed.isEmpty()) {
            return claimed;
        }
        try {
            boolean valid = claimed.get() == WEBP ? WebpContainer.isWellFormed(Files.readAllBytes(file))
                    : decodes(file.toFile(), claimed.get());
            return valid ? claimed : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImageType> bySignature(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, GIF87) || startsWith(bytes, 0, GIF89)) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MARK)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** Whether the bytes decode as an image of that format, within {@link #MAX_PIXELS}. */
    private static boolean decodes(byte[] bytes, ImageType type) {
        return decodes(new ByteArrayInputStream(bytes), type);
    }

    /** Whether the source (a file or a stream) decodes as an image of that format, within {@link #MAX_PIXELS}. */
    private static boolean decodes(Object source, ImageType type) {
        try (ImageInputStream input = ImageIO.createImageInputStream(source)) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == JPEG ? "jpeg" : type.extension);
            if (input == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
                    return false;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS)));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException notAnImage) {
            return false; // ImageIO reports broken files with IIOException, and some with runtime exceptions
        }
    }

    static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
        return bytes.length >= offset + signature.length
                && Arrays.equals(bytes, offset, offset + signature.length, signature, 0, signature.length);
    }
}
