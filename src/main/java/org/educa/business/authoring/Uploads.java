package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.educa.business.BusinessException;
import org.educa.business.account.Actors;
import org.educa.business.media.MediaStorage;
import org.educa.business.media.Spool;
import org.educa.model.ContentKind;
import org.educa.model.StoredContent;
import org.educa.model.StoredFile;

/**
 * Checks an uploaded file and keeps it under a server-made name: not empty, not over {@code educa.upload.max-bytes},
 * and for images really a PNG, JPEG, GIF or WebP by its bytes ({@link ImageType}: decoded, or for WebP a strict
 * container check). The sender's file name is only kept for display. Only an active instructor or administrator may
 * upload ({@link Actors#requireAuthor}); anyone else is refused before a byte is read or stored (the upload's stream
 * is closed all the same).
 */
@ApplicationScoped
public class Uploads {

    /** File types a download is labelled with by its extension; everything else is a generic download. */
    private static final Map<String, String> FILE_TYPES = Map.of(
            "pdf", "application/pdf",
            "txt", "text/plain",
            "csv", "text/csv",
            "zip", "application/zip",
            "mp3", "audio/mpeg",
            "odt", "application/vnd.oasis.opendocument.text",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final long maxBytes;
    private final MediaStorage media;
    private final Actors actors;

    @Inject
    public Uploads(@ConfigProperty(name = "educa.upload.max-bytes", defaultValue = "10485760") long maxBytes,
            MediaStorage media, Actors actors) {
        this.maxBytes = maxBytes;
        this.media = media;
        this.actors = actors;
    }

    /** For the CDI proxy only. */
    protected Uploads() {
        this(0, null, null);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Checks and stores the upload for an item of that kind; refused uploads store nothing. The file is staged: it is
     * served once the item that uses it is saved ({@link FileCleanup#publishAfterCommit}), and deleted if it never is
     * ({@link FileCleanup#deleteNow}).
     */
    public StoredFile accept(Long actorId, ContentKind kind, InputStream input, String fileName) {
        try (Spool upload = read(actorId, input)) {
            if (upload.size() == 0) {
                throw new BusinessException("authoring.upload.empty");
            }
            if (upload.size() > maxBytes) {
                throw new BusinessException("authoring.upload.tooLarge", megabytes(maxBytes));
            }
            String originalName = displayName(fileName);
            Optional<ImageType> image = ImageType.detectFile(upload.file());
            String extension;
            String mediaType;
            if (kind == ContentKind.IMAGE) {
                ImageType type = image.orElseThrow(() -> new BusinessException("authoring.upload.notAnImage"));
                extension = type.extension();
                mediaType = type.mediaType();
            } else if (image.isPresent()) {
                extension = image.get().extension();
                mediaType = image.get().mediaType();
            } else {
                extension = extensionOf(originalName);
                mediaType = FILE_TYPES.getOrDefault(extension, "application/octet-stream");
            }
            String name = media.stage(upload.file(), extension);
            return new StoredFile(name, originalName, mediaType, upload.size());
        }
    }

    /** The last part of a sent file name, without control characters or path separators; "file" if nothing is left. */
    public static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "file";
        }
        return name.length() > StoredContent.ORIGINAL_NAME_MAX ? name.substring(name.length()
                - StoredContent.ORIGINAL_NAME_MAX) : name;
    }

    /** The name's extension if it is one of the known download types, else "bin" (never html, svg, js...). */
    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return FILE_TYPES.containsKey(extension) ? extension : "bin";
    }

    /** The upload in a temporary file (one byte more than allowed at most) once the actor may upload; the stream is
     * closed either way. */
    private Spool read(Long actorId, InputStream input) {
        try (InputStream in = input) {
            actors.requireAuthor(actorId);
            return Spool.of(in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an upload", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / 1024.0 / 1024.0);
    }
}
