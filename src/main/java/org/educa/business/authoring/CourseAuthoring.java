package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.educa.business.BusinessException;
import org.educa.business.account.Actors;
import org.educa.business.events.CourseChanged;
import org.educa.model.Course;
import org.educa.model.Subject;

/**
 * Instructors' own courses: listing, creating, editing and deleting them (with everything they hold). Every method
 * first checks that the acting user ({@code actorId}, null for a visitor) is an active instructor or administrator
 * ({@link Actors#requireAuthor}, else {@code AccessDeniedException}); a course that is not theirs is then not found
 * ({@link Ownership}).
 */
@ApplicationScoped
@Transactional
public class CourseAuthoring {

    private final EntityManager em;
    private final Actors actors;
    private final Ownership ownership;
    private final FileCleanup files;
    private final Event<CourseChanged> courseChanged;

    @Inject
    public CourseAuthoring(EntityManager em, Actors actors, Ownership ownership, FileCleanup files,
            Event<CourseChanged> courseChanged) {
        this.em = em;
        this.actors = actors;
        this.ownership = ownership;
        this.files = files;
        this.courseChanged = courseChanged;
    }

    /** For the CDI proxy only. */
    protected CourseAuthoring() {
        this(null, null, null, null, null);
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
    public long create(Long actorId, CourseDraft draft) {
        long actor = actors.requireAuthor(actorId).id();
        Subject subject = validated(draft, null);
        Course course = new Course(ownership.user(actor), subject, draft.title().trim(), draft.slug(),
                draft.overview());
        em.persist(course);
        em.flush();
        courseChanged.fire(new CourseChanged(course.getId(), course.getSlug()));
        return course.getId();
    }

    public void update(long courseId, Long actorId, CourseDraft draft) {
        long actor = actors.requireAuthor(actorId).id();
        Course course = ownership.course(courseId, actor, true);
        Subject subject = validated(draft, courseId);
        String oldSlug = course.getSlug();
        course.setSubject(subject);
        course.setTitle(draft.title().trim());
        course.setSlug(draft.slug());
        course.setOverview(draft.overview());
        courseChanged.fire(new CourseChanged(courseId, oldSlug));
        if (!oldSlug.equals(draft.slug())) {
            courseChanged.fire(new CourseChanged(courseId, draft.slug()));
        }
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
        String slug = course.getSlug();
        em.remove(course);
        em.flush();
        files.deleteAfterCommit(stored);
        courseChanged.fire(new CourseChanged(courseId, slug));
    }

    private Subject validated(CourseDraft draft, Long courseId) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new BusinessException("authoring.course.titleRequired");
        }
        if (draft.title().trim().length() > Course.TITLE_MAX) {
            throw new BusinessException("authoring.course.titleTooLong", Course.TITLE_MAX);
        }
        if (!Slugs.isValid(draft.slug())) {
            throw new BusinessException("authoring.course.slugInvalid");
        }
        if (draft.overview() != null && draft.overview().length() > Course.OVERVIEW_MAX) {
            throw new BusinessException("authoring.course.overviewTooLong", Course.OVERVIEW_MAX);
        }
        long taken = em.createNamedQuery("Course.countBySlugOfOthers", Long.class)
                .setParameter("slug", draft.slug())
                .setParameter("id", courseId == null ? -1L : courseId)
                .getSingleResult();
        if (taken > 0) {
            throw new BusinessException("authoring.course.slugTaken", draft.slug());
        }
        Subject subject = draft.subjectId() == null ? null : em.find(Subject.class, draft.subjectId());
        if (subject == null) {
            throw new BusinessException("authoring.course.subjectRequired");
        }
        return subject;
    }
}
