package org.educa.business.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps uploaded files in the media directory under names the server makes up, so nothing a user sends (such as
 * {@code ../} in a file name) ever becomes part of a path. Files are written to a temporary name and moved into
 * place whole, so an interrupted upload leaves nothing behind.
 */
@ApplicationScoped
public class MediaStorage {

    private static final Logger LOG = Logger.getLogger(MediaStorage.class.getName());

    /** The only names this storage hands out: a UUID and a short lower-case extension. */
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}\\.[a-z0-9]{1,8}");

    private final Path root;

    @Inject
    public MediaStorage(@ConfigProperty(name = "educa.media.dir", defaultValue = "./data/media") String directory) {
        this.root = directory == null ? null : Path.of(directory).toAbsolutePath().normalize();
    }

    /** For the CDI proxy only. */
    protected MediaStorage() {
        this(null);
    }

    @PostConstruct
    void prepare() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the media directory " + root + " (EDUCA_MEDIA_DIR)", e);
        }
    }

    /** Stores the bytes under a new name with the given extension and returns that name. */
    public String store(InputStream bytes, String extension) {
        String name = UUID.randomUUID().toString().replace("-", "") + "." + extension;
        Path temporary = null;
        try {
            temporary = Files.createTempFile(root, ".upload-", ".part");
            Files.copy(bytes, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Cannot store an upload in " + root, e);
        }
    }

    /**
     * Stores the bytes under a name of the caller's (one this storage would make: hex digits and an extension, such as
     * a content hash), unless a file of that name is there already, which then holds the same bytes.
     */
    public void storeAs(byte[] bytes, String name) {
        if (!STORED_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a stored name: " + name);
        }
        if (Files.isRegularFile(root.resolve(name))) {
            return;
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(root, ".upload-", ".part");
            Files.write(temporary, bytes);
            Files.move(temporary, root.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Cannot store an upload in " + root, e);
        }
    }

    /** The stored file of that name, if the name is one this storage made and the file exists. */
    public Optional<Path> find(String name) {
        if (name == null || !STORED_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public void delete(String name) {
        find(name).ifPresent(MediaStorage::deleteQuietly);
    }

    private static void deleteQuietly(Path file) {
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
