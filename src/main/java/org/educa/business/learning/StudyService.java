package org.educa.business.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private final EnrollmentService enrollments;
    private final ProgressService progress;

    @Inject
    public StudyService(EntityManager em, CourseAccess access, CatalogService catalog, Actors actors,
            EnrollmentService enrollments, ProgressService progress) {
        this.em = em;
        this.access = access;
        this.catalog = catalog;
        this.actors = actors;
        this.enrollments = enrollments;
        this.progress = progress;
    }

    /** For the CDI proxy only. */
    protected StudyService() {
        this(null, null, null, null, null, null);
    }

    /**
     * The courses the student is enrolled in, most recent enrollment first, each with the student's progress and where
     * they left off: the acting user's own, so a visitor (null) or an inactive account is refused
     * ({@code AccessDeniedException}). Two statements however many courses (and the catalog's cached summaries).
     */
    public List<LearnerCourse> coursesOf(Long studentId) {
        long student = actors.requireSignedIn(studentId).id();
        List<CourseRow> rows = em.createNamedQuery("Study.coursesOfStudent", CourseRow.class)
                .setParameter("studentId", student)
                .getResultList();
        Map<Long, Resume> resumes = em.createNamedQuery("Study.resumes", Resume.class)
                .setParameter("studentId", student)
                .getResultStream()
                .collect(Collectors.toMap(Resume::courseId, Function.identity()));
        return catalog.summaries(rows).stream()
                .map(course -> LearnerCourse.of(course, resumes.get(course.id())))
                .toList();
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
        boolean enrolled = userId != null && enrollments.isEnrolled(courseId, userId);
        if (!enrolled && !access.mayTeach(course.ownerId(), userId, roles)) {
            throw new NotFoundException("course " + courseId + " for user " + userId);
        }
        List<ModuleItem> modules = em.createNamedQuery("Study.modules", ModuleItem.class)
                .setParameter("courseId", courseId)
                .getResultList();
        ModuleItem current = moduleId
                .map(id -> modules.stream().filter(module -> module.id().equals(id)).findFirst()
                        .orElseThrow(() -> new NotFoundException("module " + id + " of course " + courseId)))
                .orElse(modules.isEmpty() ? null : modules.get(0));
        List<Long> done = enrolled ? progress.doneModules(courseId, userId) : List.of();
        return new StudyCourse(course.id(), course.slug(), course.title(), course.subjectSlug(), course.subjectTitle(),
                modules, current, enrolled, Set.copyOf(done), course.ownerId(), course.published());
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
