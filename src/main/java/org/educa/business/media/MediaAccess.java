package org.educa.business.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import org.educa.business.learning.CourseAccess;
import org.educa.model.Content;
import org.educa.model.Course;
import org.educa.model.Role;
import org.educa.model.StoredContent;
import org.educa.model.StoredFile;

/** Finds a stored file for a person who may see the course it belongs to; for anyone else it does not exist. */
@ApplicationScoped
public class MediaAccess {

    private final EntityManager em;
    private final CourseAccess access;

    @Inject
    public MediaAccess(EntityManager em, CourseAccess access) {
        this.em = em;
        this.access = access;
    }

    /** For the CDI proxy only. */
    protected MediaAccess() {
        this(null, null);
    }

    public Optional<StoredFile> find(String fileName, Long userId, Set<Role> roles) {
        Optional<Content> content = em.createNamedQuery("Content.findStoredByFileName", Content.class)
                .setParameter("fileName", fileName)
                .getResultStream()
                .findFirst();
        return content
                .filter(StoredContent.class::isInstance)
                .filter(item -> {
                    Course course = item.getModule().getCourse();
                    return access.maySee(course.getId(), course.getOwner().getId(), userId, roles);
                })
                .map(item -> ((StoredContent) item).getStoredFile());
    }
}
