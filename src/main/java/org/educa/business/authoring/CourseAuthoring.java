package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.educa.business.BusinessException;
import org.educa.business.account.Actors;
import org.educa.business.catalog.CourseTerms;
import org.educa.business.events.CourseChanged;
import org.educa.model.Course;
import org.educa.model.Subject;

/**
 * Instructors' own courses: listing, creating, editing and deleting them (with everything they hold). Every method
 * first checks that the acting user ({@code actorId}, null for a visitor) is an active instructor or administrator
 * ({@link Actors#requireAuthor}, else {@code AccessDeniedException}); a course that is not theirs is then not found
 * ({@link Ownership}). Drafts come {@code @Valid} (their own rules, checked by CDI method validation); what needs the
 * database (a slug taken, a subject that exists) is refused with a {@link BusinessException}.
 */
@ApplicationScoped
@Transactional
public class CourseAuthoring {

    private final EntityManager em;
    private final Actors actors;
    private final Ownership ownership;
    private final FileCleanup files;
    private final Event<CourseChanged> courseChanged;
    private final CourseTerms terms;

    @Inject
    public CourseAuthoring(EntityManager em, Actors actors, Ownership ownership, FileCleanup files,
            Event<CourseChanged> courseChanged, CourseTerms terms) {
        this.em = em;
        this.actors = actors;
        this.ownership = ownership;
        this.files = files;
        this.courseChanged = courseChanged;
        this.terms = terms;
    }

    /** For the CDI proxy only. */
    protected CourseAuthoring() {
        this(null, null, null, null, null, null);
    }

    /** The courses the user owns, newest first, with module and student counts: two statements in all. */
    public List<MyCourse> mine(Long actorId) {
        long actor = actors.requireAuthor(actorId).id();
        List<MyCourse> courses = em.createNamedQuery("Authoring.myCourses", MyCourse.class)
                .setParameter("ownerId", actor)
                .getResultList();
        if (courses.isEmpty()) {
            return courses;
        }
        Map<Long, Long> students = em.createNamedQuery("Authoring.studentCounts", Object[].class)
                .setParameter("ownerId", actor)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return courses.stream().map(course -> course.withStudents(students.getOrDefault(course.id(), 0L))).toList();
    }

    public List<SubjectOption> subjects(Long actorId) {
        actors.requireAuthor(actorId);
        return em.createNamedQuery("Authoring.subjectOptions", SubjectOption.class).getResultList();
    }

    /** The course as its form shows it. */
    public CourseDraft draft(long courseId, Long actorId) {
        long actor = actors.requireAuthor(actorId).id();
        Course course = ownership.course(courseId, actor, false);
        return new CourseDraft(course.getSubject().getId(), course.getTitle(), course.getSlug(), course.getOverview());
    }

    /** Creates a course owned by the acting user and returns its id. */
    public long create(Long actorId, @Valid CourseDraft draft) {
        long actor = actors.requireAuthor(actorId).id();
        Subject subject = checked(draft, null);
        Course course = new Course(ownership.user(actor), subject, draft.getTitle(), draft.getSlug(),
                draft.getOverview());
        em.persist(course);
        em.flush();
        terms.index(course);
        courseChanged.fire(new CourseChanged(course.getId()));
        return course.getId();
    }

    public void update(long courseId, Long actorId, @Valid CourseDraft draft) {
        long actor = actors.requireAuthor(actorId).id();
        Course course = ownership.course(courseId, actor, true);
        Subject subject = checked(draft, courseId);
        course.setSubject(subject);
        course.setTitle(draft.getTitle());
        course.setSlug(draft.getSlug());
        course.setOverview(draft.getOverview());
        terms.index(course);
        courseChanged.fire(new CourseChanged(courseId));
    }

    /**
     * Deletes the course with its modules, contents and enrollments (the database cascades), and after the commit
     * the files its contents kept.
     */
    public void delete(long courseId, Long actorId) {
        long actor = actors.requireAuthor(actorId).id();
        Course course = ownership.course(courseId, actor, true);
        List<String> stored = em.createNamedQuery("Content.fileNamesOfCourse", String.class)
                .setParameter("courseId", courseId)
                .getResultList();
        em.remove(course);
        em.flush();
        files.deleteAfterCommit(stored);
        courseChanged.fire(new CourseChanged(courseId));
    }

    /** The rules the draft cannot check itself: its slug is no other course's, its subject exists. */
    private Subject checked(CourseDraft draft, Long courseId) {
        long taken = em.createNamedQuery("Course.countBySlugOfOthers", Long.class)
                .setParameter("slug", draft.getSlug())
                .setParameter("id", courseId == null ? -1L : courseId)
                .getSingleResult();
        if (taken > 0) {
            throw new BusinessException("authoring.course.slugTaken", draft.getSlug());
        }
        Subject subject = em.find(Subject.class, draft.getSubjectId());
        if (subject == null) {
            throw new BusinessException("authoring.course.subjectRequired");
        }
        return subject;
    }
}
