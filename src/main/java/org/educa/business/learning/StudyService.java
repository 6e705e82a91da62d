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
import org.educa.business.catalog.CourseRow;
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
    private final Actors actors;
    private final ProgressService progress;

    @Inject
    public StudyService(EntityManager em, CourseAccess access, Actors actors,
            ProgressService progress) {
        this.em = em;
        this.access = access;
        this.actors = actors;
        this.progress = progress;
    }

    /** For the CDI proxy only. */
    protected StudyService() {
        this(null, null, null, null);
    }

    /**
     * The courses the student is enrolled in, most recent enrollment first, each with the student's progress and where
     * they left off: the acting user's own, so a visitor (null) or an inactive account is refused
     * ({@code AccessDeniedException}). Two statements however many courses (their modules counted in the first).
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
        return rows.stream()
                .map(CourseRow::toSummary)
                .map(course -> LearnerCourse.of(course, resumes.get(course.id())))
                .toList();
    }

    /**
     * The course with its modules, and which of them is open (the chosen one, or the first): two statements, the
     * course with its modules, and the student's enrollment with the modules done.
     *
     * @throws NotFoundException when the course does not exist, the person may not see it, or the module is not one
     *                           of this course's
     */
    public StudyCourse study(long courseId, Optional<Long> moduleId, Long userId, Set<Role> roles) {
        List<Object[]> rows = em.createNamedQuery("Study.courseWithModules", Object[].class)
                .setParameter("id", courseId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("course " + courseId);
        }
        StudyHeading course = (StudyHeading) rows.get(0)[0];
        Optional<Set<Long>> done = userId == null ? Optional.empty() : progress.doneIfEnrolled(courseId, userId);
        if (done.isEmpty() && !access.mayTeach(course.ownerId(), userId, roles)) {
            throw new NotFoundException("course " + courseId + " for user " + userId);
        }
        List<ModuleItem> modules = rows.stream().filter(row -> row[1] != null)
                .map(row -> new ModuleItem((Long) row[1], (String) row[2], (String) row[3], (Integer) row[4]))
                .toList();
        ModuleItem current = moduleId
                .map(id -> modules.stream().filter(module -> module.id().equals(id)).findFirst()
                        .orElseThrow(() -> new NotFoundException("module " + id + " of course " + courseId)))
                .orElse(modules.isEmpty() ? null : modules.get(0));
        return new StudyCourse(course.id(), course.slug(), course.title(), course.subjectSlug(), course.subjectTitle(),
                modules, current, done.isPresent(), done.orElse(Set.of()), course.ownerId(), course.published());
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
