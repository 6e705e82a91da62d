package org.educa.business.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.educa.business.NotFoundException;
import org.educa.business.account.Actors;
import org.educa.business.catalog.CatalogService;
import org.educa.business.catalog.CourseRow;
import org.educa.business.catalog.CourseSummary;
import org.educa.model.Content;
import org.educa.model.Role;

/**
 * What students read: their courses, and a course's modules with the contents of one of them. A course someone may
 * not see is "not found" to them, so its title is never given away.
 */
@ApplicationScoped
public class StudyService {

    private final EntityManager em;
    private final CourseAccess access;
    private final CatalogService catalog;
    private final Actors actors;

    @Inject
    public StudyService(EntityManager em, CourseAccess access, CatalogService catalog, Actors actors) {
        this.em = em;
        this.access = access;
        this.catalog = catalog;
        this.actors = actors;
    }

    /** For the CDI proxy only. */
    protected StudyService() {
        this(null, null, null, null);
    }

    /**
     * The courses the student is enrolled in, most recent enrollment first: the acting user's own, so a visitor (null)
     * or an inactive account is refused ({@code AccessDeniedException}).
     */
    public List<CourseSummary> coursesOf(Long studentId) {
        long student = actors.requireSignedIn(studentId).id();
        List<CourseRow> rows = em.createNamedQuery("Study.coursesOfStudent", CourseRow.class)
                .setParameter("studentId", student)
                .getResultList();
        return catalog.summaries(rows);
    }

    /**
     * The course with its modules, and which of them is open (the chosen one, or the first).
     *
     * @throws NotFoundException when the course does not exist, the person may not see it, or the module is not one
     *                           of this course's
     */
    public StudyCourse study(long courseId, Optional<Long> moduleId, Long userId, Set<Role> roles) {
        StudyHeading course = em.createNamedQuery("Study.course", StudyHeading.class)
                .setParameter("id", courseId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("course " + courseId));
        if (!access.maySee(courseId, course.ownerId(), userId, roles)) {
            throw new NotFoundException("course " + courseId + " for user " + userId);
        }
        List<ModuleItem> modules = em.createNamedQuery("Study.modules", ModuleItem.class)
                .setParameter("courseId", courseId)
                .getResultList();
        ModuleItem current = moduleId
                .map(id -> modules.stream().filter(module -> module.id().equals(id)).findFirst()
                        .orElseThrow(() -> new NotFoundException("module " + id + " of course " + courseId)))
                .orElse(modules.isEmpty() ? null : modules.get(0));
        return new StudyCourse(course.id(), course.slug(), course.title(), modules, current);
    }

    /**
     * The contents of a module in their order, for a page that has already checked, through {@link #study}, that the
     * person may see the module's course. Pages ask for them only when the rendered contents are not in the cache.
     */
    public List<ContentItem> contents(long moduleId) {
        return em.createNamedQuery("Content.findByModule", Content.class)
                .setParameter("moduleId", moduleId)
                .getResultStream()
                .map(ContentItem::of)
                .toList();
    }
}
