package org.educa.business.media;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where uploaded files are kept, by key: a directory on this machine ({@link LocalMediaStore}, the default, for one
 * instance or a volume all instances share) or a bucket of an S3-compatible object store ({@link S3MediaStore}, for
 * several instances on several machines). Bytes go both ways as streams, never whole in the heap. Keys are made by
 * {@link MediaStorage} only: a stored name, or a stored name under {@link MediaStorage#TEMPORARY} while its change
 * has not committed.
 */
public interface MediaStore extends AutoCloseable {

    /** Writes the file's bytes under the key, whole or not at all: a reader never sees part of them. */
    void put(String key, Path source);

    /**
     * Gives the object under {@code from} the key {@code to} and removes {@code from}. Nothing happens if {@code from}
     * is gone and {@code to} is there already (it was moved before).
     */
    void move(String from, String to);

    /** The object under the key, if there is one. */
    Optional<MediaObject> stat(String key);

    /** {@code length} bytes of the object from {@code offset} on, as a stream the caller closes. */
    InputStream open(String key, long offset, long length);

    /** Deletes the object under the key; nothing happens if there is none. */
    void delete(String key);

    /** The keys of the stored objects, without the temporary ones: what a copy into another store copies. */
    List<String> list();

    /** Where the objects are, for messages: a directory or a bucket. */
    String describe();

    @Override
    default void close() {
        // nothing to release for most stores
    }
}
