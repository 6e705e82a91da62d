package org.educa.business.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.educa.business.learning.CourseAccess;
import org.educa.model.Role;

/**
 * Finds a course's cover image for someone who may see it: anyone while the course is published, only its owner and
 * administrators while it is a draft. A name that is not the course's cover now (an old one, a wrong hash, another
 * course's) does not exist, whoever asks.
 */
@ApplicationScoped
public class CoverAccess {

    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "webp", "image/webp");

    private final EntityManager em;
    private final CourseAccess access;
    private final MediaStorage storage;

    /** A cover to serve: its file, its type, and whether it is public (a published course's) or private. */
    public record Cover(MediaObject file, String mediaType, boolean published) {
    }

    @Inject
    public CoverAccess(EntityManager em, CourseAccess access, MediaStorage storage) {
        this.em = em;
        this.access = access;
        this.storage = storage;
    }

    /** For the CDI proxy only. */
    protected CoverAccess() {
        this(null, null, null);
    }

    public Optional<Cover> find(long courseId, String name, Long userId, Set<Role> roles) {
        Optional<Object[]> course = em.createNamedQuery("Course.cover", Object[].class)
                .setParameter("id", courseId)
                .getResultStream()
                .findFirst();
        if (course.isEmpty() || name == null || !name.equals(course.get()[0])) {
            return Optional.empty();
        }
        boolean published = (Boolean) course.get()[1];
        if (!published && !access.mayTeach((Long) course.get()[2], userId, roles)) {
            return Optional.empty();
        }
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        return type == null ? Optional.empty()
                : storage.find(name).map(file -> new Cover(file, type, published));
    }
}
