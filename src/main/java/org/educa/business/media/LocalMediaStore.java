package org.educa.business.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The media directory ({@code EDUCA_MEDIA_DIR}): one file per key. A file is written to a temporary name beside its
 * place and moved there whole (an atomic rename), so an interrupted write leaves nothing under the key.
 */
public class LocalMediaStore implements MediaStore {

    private final Path root;

    public LocalMediaStore(Path directory) {
        this.root = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the media directory " + root + " (EDUCA_MEDIA_DIR)", e);
        }
    }

    @Override
    public void put(String key, Path source) {
        Path target = file(key);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Spool.deleteQuietly(temporary);
            throw new UncheckedIOException("Cannot store " + key + " in " + root, e);
        }
    }

    @Override
    public void move(String from, String to) {
        try {
            Files.move(file(from), file(to), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            if (!Files.isRegularFile(file(to))) {
                throw new UncheckedIOException("Nothing to move from " + from + " in " + root, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + from + " to " + to + " in " + root, e);
        }
    }

    @Override
    public Optional<MediaObject> stat(String key) {
        Path file = file(key);
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(new MediaObject(key, Files.size(file), Files.getLastModifiedTime(file).toInstant()))
                    : Optional.empty();
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key + " in " + root, e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(file(key), StandardOpenOption.READ);
            channel.position(offset);
            return new LimitedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key + " in " + root, e);
        }
    }

    @Override
    public void delete(String key) {
        Spool.deleteQuietly(file(key));
    }

    @Override
    public List<String> list() {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    @Override
    public String describe() {
        return "directory " + root;
    }

    /** The key's file, which is always inside the directory. */
    private Path file(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Not a key: " + key);
        }
        return file;
    }
}
