package org.educa.business.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Copies the stored files of one store into another (the media directory into a bucket, before switching an
 * installation to {@code EDUCA_MEDIA_STORE=s3}): every file under a name Educa makes that the target lacks, or holds
 * with another size. Running it again copies nothing more, so it can be repeated until the switch (files uploaded in
 * between are copied by the next run). Temporary files and anything not named as Educa names files are left alone;
 * the source is not changed.
 */
public final class MediaCopy {

    /** What a copy did. */
    public record Result(int copied, int present, int skipped) {
    }

    private MediaCopy() {
    }

    public static Result copy(MediaStore source, MediaStore target, Consumer<String> progress) {
        int copied = 0;
        int present = 0;
        int skipped = 0;
        for (String name : source.list()) {
            if (!MediaStorage.isStoredName(name)) {
                skipped++;
                continue;
            }
            Optional<MediaObject> file = source.stat(name);
            if (file.isEmpty()) {
                continue; // deleted meanwhile
            }
            Optional<MediaObject> there = target.stat(name);
            if (there.isPresent() && there.get().size() == file.get().size()) {
                present++;
                continue;
            }
            copy(source, target, file.get());
            copied++;
            progress.accept(name);
        }
        return new Result(copied, present, skipped);
    }

    /** One file, through a temporary file of this machine (a store takes a file, so that it can send it again). */
    private static void copy(MediaStore source, MediaStore target, MediaObject file) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("educa-copy-", ".part");
            try (InputStream in = source.open(file.key(), 0, file.size())) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            target.put(file.key(), temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + file.key(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
