package org.educa.business.media;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.educa.business.AfterCompletion;

/**
 * Keeps uploaded files in the {@link MediaStore} under names the server makes up, so nothing a user sends (such as
 * {@code ../} in a file name) ever becomes part of a path or a key. What a change writes is kept under a temporary key
 * ({@link #TEMPORARY}) that nobody is served, and published under its name only once the change's database
 * transaction has committed; if it rolls back, what it wrote is deleted. Files a change stops using are deleted after
 * it commits, never before. An interrupted upload therefore leaves nothing visible, and a page never links to a file
 * that is not there for long: only between a commit and the publishing just after it.
 */
@ApplicationScoped
public class MediaStorage {

    private static final Logger LOG = Logger.getLogger(MediaStorage.class.getName());

    /** The prefix of the keys of files not published yet (a bucket may expire it after a day: docs/operations.md). */
    public static final String TEMPORARY = "uploading/";

    /** The only names this storage hands out: a UUID or a content hash, and a short lower-case extension. */
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}\\.[a-z0-9]{1,8}");

    private final MediaStore store;

    /** A container resource, which CDI cannot pass to a constructor. */
    @Resource
    private TransactionSynchronizationRegistry registry;

    @Inject
    public MediaStorage(MediaStore store) {
        this.store = store;
    }

    /** For the CDI proxy only. */
    protected MediaStorage() {
        this(null);
    }

    /** Whether a name is one this storage could have made. */
    public static boolean isStoredName(String name) {
        return name != null && STORED_NAME.matcher(name).matches();
    }

    /**
     * Keeps the file under a new name with the given extension, temporarily: it is not served until
     * {@link #publishAfterCommit} publishes it, and {@link #discard} deletes it if it is never used.
     */
    public String stage(Path file, String extension) {
        String name = UUID.randomUUID().toString().replace("-", "") + "." + extension;
        store.put(TEMPORARY + name, file);
        return name;
    }

    /** Publishes a staged file once the current transaction commits (at once if there is none). */
    public void publishAfterCommit(String name) {
        requireStoredName(name);
        afterCompletion(committed -> {
            if (committed) {
                publish(name);
            }
        });
    }

    /** Deletes a staged file that no change used. */
    public void discard(String name) {
        if (isStoredName(name)) {
            store.delete(TEMPORARY + name);
        }
    }

    /** Stores the file under a new name as part of the current transaction: published if it commits, else deleted. */
    public String store(Path file, String extension) {
        String name = stage(file, extension);
        publishOrDiscard(name);
        return name;
    }

    /**
     * Stores the file under a name of the caller's (one this storage would make, such as a content hash) as part of
     * the current transaction, unless a file of that name is there already, which then holds the same bytes.
     */
    public void storeAs(Path file, String name) {
        requireStoredName(name);
        if (store.stat(name).isPresent()) {
            return;
        }
        store.put(TEMPORARY + name, file);
        publishOrDiscard(name);
    }

    /** {@link #store(Path, String)} for bytes made in memory (the demo data). */
    public String store(byte[] bytes, String extension) {
        return withFile(bytes, file -> store(file, extension));
    }

    /** {@link #storeAs(Path, String)} for bytes made in memory (the demo data). */
    public void storeAs(byte[] bytes, String name) {
        withFile(bytes, file -> {
            storeAs(file, name);
            return name;
        });
    }

    /** The published file of that name, if the name is one this storage made and the file exists. */
    public Optional<MediaObject> find(String name) {
        return isStoredName(name) ? store.stat(name) : Optional.empty();
    }

    /** {@code length} bytes of a published file from {@code offset} on; the caller closes the stream. */
    public InputStream open(MediaObject file, long offset, long length) {
        return store.open(requireStoredName(file.key()), offset, length);
    }

    /** Deletes the files after the current transaction commits; nothing happens if it rolls back. */
    public void deleteAfterCommit(Collection<String> names) {
        List<String> files = names.stream().filter(MediaStorage::isStoredName).toList();
        if (!files.isEmpty()) {
            afterCompletion(committed -> {
                if (committed) {
                    files.forEach(this::delete);
                }
            });
        }
    }

    /** Deletes a published file now. */
    public void delete(String name) {
        if (isStoredName(name)) {
            try {
                store.delete(name);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not delete " + name + " from the " + store.describe(), e);
            }
        }
    }

    private void publishOrDiscard(String name) {
        afterCompletion(committed -> {
            if (committed) {
                publish(name);
            } else {
                discard(name);
            }
        });
    }

    private void publish(String name) {
        try {
            store.move(TEMPORARY + name, name);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not publish " + name + " in the " + store.describe()
                    + ": the change is committed, its file is missing", e);
        }
    }

    /** Runs the step after the current transaction ends (committed or not), or at once, committed, without one. */
    private void afterCompletion(java.util.function.Consumer<Boolean> step) {
        AfterCompletion.run(registry, step);
    }

    private static String requireStoredName(String name) {
        if (!isStoredName(name)) {
            throw new IllegalArgumentException("Not a stored name: " + name);
        }
        return name;
    }

    private static String withFile(byte[] bytes, java.util.function.Function<Path, String> use) {
        Path file = null;
        try {
            file = Files.createTempFile("educa-media-", ".part");
            Files.write(file, bytes);
            return use.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a temporary file", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warning(() -> "Could not delete a temporary file: " + e.getMessage());
                }
            }
        }
    }
}
