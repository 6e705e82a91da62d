package org.educa.business.authoring;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats Educa accepts, recognised by their first bytes ("magic numbers"), never by file name or by the
 * type the browser claims. Anything else, SVG and HTML included, is not an image here.
 */
public enum ImageType {
    PNG("png", "image/png"),
    JPEG("jpg", "image/jpeg"),
    GIF("gif", "image/gif"),
    WEBP("webp", "image/webp");

    /** How many leading bytes {@link #detect} needs. */
    public static final int HEAD_LENGTH = 16;

    /** How far markup is looked for: the part of a file browsers used to sniff, and then some. */
    private static final int MARKUP_SCAN = 2048;
    private static final String[] MARKUP = {"<html", "<script", "<svg", "<!doctype", "<body", "<iframe", "<head",
        "<?xml", "<img", "<a ", "<object", "<embed"};
    private static final byte[] PNG_HEADER_CHUNK = {0, 0, 0, 13, 'I', 'H', 'D', 'R'};

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

    /**
     * The format whose signature the bytes start with, if any. A file with markup near its start (an HTML page or
     * SVG behind an image signature, which an old browser could sniff as a page) is no image, nor a PNG whose first
     * chunk is not its header.
     */
    public static Optional<ImageType> detect(byte[] bytes) {
        if (bytes == null || hasMarkup(bytes)) {
            return Optional.empty();
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE) && startsWith(bytes, 8, PNG_HEADER_CHUNK)) {
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

    private static boolean hasMarkup(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, MARKUP_SCAN), StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        for (String tag : MARKUP) {
            if (head.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
        return bytes.length >= offset + signature.length
                && Arrays.equals(bytes, offset, offset + signature.length, signature, 0, signature.length);
    }
}
