package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.educa.business.BusinessException;
import org.educa.business.account.Actors;
import org.educa.business.events.CourseChanged;
import org.educa.business.media.MediaStorage;
import org.educa.business.media.Spool;
import org.educa.model.Course;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A course's cover image, uploaded by its instructor (or an administrator): a real PNG, JPEG or WebP by its bytes
 * ({@link ImageType}: decoded, or for WebP a strict container check), not empty and within {@code educa.upload.max-bytes}
 * — anything else is refused with a message and changes nothing. The file is stored under its content hash
 * ({@link #storedName}), which the cover's URL carries, so a changed image has a new URL and the old one answers 404.
 * The file is read into a temporary file as it arrives ({@link Spool}), stored as part of the change (published
 * when it commits, deleted if it rolls back), and a file no course uses any more is deleted once the change has
 * committed.
 */
@ApplicationScoped
@Transactional
public class CourseCovers {

    /** The formats a cover may have: what every browser shows (GIF, allowed for items, is no cover). */
    static final Set<ImageType> FORMATS = Set.of(ImageType.PNG, ImageType.JPEG, ImageType.WEBP);

    private final EntityManager em;
    private final Ownership ownership;
    private final Actors actors;
    private final MediaStorage media;
    private final FileCleanup files;
    private final Event<CourseChanged> changes;
    private final long maxBytes;

    @Inject
    public CourseCovers(EntityManager em, Ownership ownership, Actors actors, MediaStorage media, FileCleanup files,
            Event<CourseChanged> changes,
            @ConfigProperty(name = "educa.upload.max-bytes", defaultValue = "10485760") long maxBytes) {
        this.em = em;
        this.ownership = ownership;
        this.actors = actors;
        this.media = media;
        this.files = files;
        this.changes = changes;
        this.maxBytes = maxBytes;
    }

    /** For the CDI proxy only. */
    protected CourseCovers() {
        this(null, null, null, null, null, null, 0);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The course with its cover, for its instructor's page; someone else's course is not found. */
    public CourseCover cover(long courseId, Long actorId) {
        Course course = ownership.course(courseId, actors.requireAuthor(actorId).id(), false);
        return new CourseCover(course.getId(), course.getTitle(), course.getSubject().getSlug(), course.getImage());
    }

    /**
     * Makes the upload the course's cover, replacing the one it had; the stream is closed either way. Refused: an empty
     * file, one over the limit, one that is not a PNG, JPEG or WebP (a text named .png, an SVG...) — with a
     * {@link BusinessException} whose key says why, and nothing changed.
     *
     * @return the cover's stored name
     */
    public String upload(long courseId, Long actorId, InputStream input) {
        Course course;
        Spool upload;
        try (InputStream in = input) {
            course = ownership.course(courseId, actors.requireAuthor(actorId).id(), true);
            upload = Spool.of(in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an upload", e);
        }
        try (upload) {
            if (upload.size() == 0) {
                throw new BusinessException("authoring.upload.empty");
            }
            if (upload.size() > maxBytes) {
                throw new BusinessException("authoring.upload.tooLarge",
                        String.format(Locale.ROOT, "%.0f", maxBytes / 1024.0 / 1024.0));
            }
            ImageType type = ImageType.detectFile(upload.file()).filter(FORMATS::contains)
                    .orElseThrow(() -> new BusinessException("cover.notAnImage"));
            String name = upload.hash(32) + "." + type.extension(); // as storedName(bytes, type) makes it
            media.storeAs(upload.file(), name);
            replace(course, name);
            return name;
        }
    }

    /** Takes the course's cover away (it shows the placeholder again); nothing happens if it has none. */
    public void remove(long courseId, Long actorId) {
        Course course = ownership.course(courseId, actors.requireAuthor(actorId).id(), true);
        if (course.getImage() != null) {
            replace(course, null);
        }
    }

    private void replace(Course course, String name) {
        String old = course.getImage();
        if (name != null && name.equals(old)) {
            return;
        }
        course.setImage(name);
        em.flush();
        if (old != null && em.createNamedQuery("Course.countByImage", Long.class).setParameter("image", old)
                .getSingleResult() == 0) {
            files.deleteAfterCommit(List.of(old));
        }
        changes.fire(new CourseChanged(course.getId()));
    }

    /** The name a cover is stored under: the first 32 hex digits of the SHA-256 of its bytes, and its extension. */
    public static String storedName(byte[] bytes, ImageType type) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(hash, 0, 16) + "." + type.extension();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
