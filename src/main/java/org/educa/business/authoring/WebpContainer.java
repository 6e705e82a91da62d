package org.educa.business.authoring;

import java.nio.charset.StandardCharsets;

/**
 * The strict check WebP uploads get instead of decoding ({@link ImageType}), after the WebP container specification
 * (RFC 9649): {@code RIFF}, the file's length less 8, {@code WEBP}, then chunks (four-letter name, little-endian size,
 * data padded to an even length) filling the file exactly; the first chunk a simple lossy ({@code VP8 }, with the
 * frame start code), lossless ({@code VP8L}, with its signature byte and version 0) or extended ({@code VP8X})
 * header, with a picture of at most {@link ImageType#MAX_PIXELS}.
 */
final class WebpContainer {

    private static final int HEADER = 12;

    private WebpContainer() {
    }

    static boolean isWellFormed(byte[] bytes) {
        if (bytes.length < HEADER + 8 || bytes.length % 2 != 0 || littleEndian(bytes, 4, 4) != bytes.length - 8L) {
            return false;
        }
        int offset = HEADER;
        boolean first = true;
        while (offset < bytes.length) {
            if (offset + 8 > bytes.length) {
                return false;
            }
            String name = new String(bytes, offset, 4, StandardCharsets.US_ASCII);
            long size = littleEndian(bytes, offset + 4, 4);
            long end = offset + 8 + size + (size % 2);
            if (end > bytes.length || first && !isPictureHeader(name, bytes, offset + 8, (int) size)) {
                return false;
            }
            first = false;
            offset = (int) end;
        }
        return offset == bytes.length;
    }

    private static boolean isPictureHeader(String name, byte[] bytes, int data, int size) {
        long width;
        long height;
        switch (name) {
            case "VP8 " -> {
                // frame tag (3 bytes, bit 0 = 0 for a key frame), start code 9d 01 2a, 14-bit width and height
                if (size < 10 || (bytes[data] & 1) != 0 || (bytes[data + 3] & 0xff) != 0x9d
                        || (bytes[data + 4] & 0xff) != 0x01 || (bytes[data + 5] & 0xff) != 0x2a) {
                    return false;
                }
                width = littleEndian(bytes, data + 6, 2) & 0x3fff;
                height = littleEndian(bytes, data + 8, 2) & 0x3fff;
            }
            case "VP8L" -> {
                // signature 0x2f, then 14 bits width - 1, 14 bits height - 1, 1 bit alpha, 3 bits version (0)
                if (size < 5 || (bytes[data] & 0xff) != 0x2f) {
                    return false;
                }
                long bits = littleEndian(bytes, data + 1, 4);
                if ((bits >>> 29) != 0) {
                    return false;
                }
                width = (bits & 0x3fff) + 1;
                height = ((bits >>> 14) & 0x3fff) + 1;
            }
            case "VP8X" -> {
                // flags, 3 reserved bytes, 24 bits canvas width - 1, 24 bits canvas height - 1
                if (size < 10) {
                    return false;
                }
                width = littleEndian(bytes, data + 4, 3) + 1;
                height = littleEndian(bytes, data + 7, 3) + 1;
            }
            default -> {
                return false;
            }
        }
        return width > 0 && height > 0 && width * height <= ImageType.MAX_PIXELS;
    }

    private static long littleEndian(byte[] bytes, int offset, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = value << 8 | (bytes[offset + i] & 0xff);
        }
        return value;
    }
}
