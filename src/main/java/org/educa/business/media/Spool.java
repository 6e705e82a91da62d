package org.educa.business.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * An upload copied to a temporary file as it arrives, never whole in the heap: at most one byte more than allowed
 * (so that "too large" can be told), with its size and SHA-256 hash. It is checked there and then handed to the
 * {@link MediaStorage}; closing the spool deletes the file.
 */
public final class Spool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Spool.class.getName());

    private final Path file;
    private final long size;
    private final byte[] hash;

    private Spool(Path file, long size, byte[] hash) {
        this.file = file;
        this.size = size;
        this.hash = hash;
    }

    /** Copies at most {@code maxBytes + 1} bytes of the stream; the caller closes the stream. */
    public static Spool of(InputStream input, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("educa-upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            InputStream limited = new LimitedInputStream(new DigestInputStream(input, digest), maxBytes + 1);
            long size;
            try (OutputStream out = Files.newOutputStream(file)) {
                size = limited.transferTo(out);
            }
            return new Spool(file, size, digest.digest());
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("Cannot read an upload", e);
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(file);
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    /** The first {@code count} hex digits of the SHA-256 of the bytes. */
    public String hash(int count) {
        return HexFormat.of().formatHex(hash).substring(0, count);
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    /** Deletes a file of this instance's if it is there; a failure is logged, never thrown (also LocalMediaStore's). */
    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + file + ": " + e.getMessage());
        }
    }
}
