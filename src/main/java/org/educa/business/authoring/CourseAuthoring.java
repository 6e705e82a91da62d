package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.educa.business.BusinessException;
import org.educa.business.events.CourseChanged;
import org.educa.model.Course;
import org.educa.model.Subject;

/** Instructors' own courses: listing, creating, editing and deleting them (with everything they hold). */
@ApplicationScoped
@Transactional
public class CourseAuthoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    Ownership ownership;

    @Inject
    FileCleanup files;

    @Inject
    Event<CourseChanged> courseChanged;

    /** The courses the user owns, newest first, with module and student counts: two statements in all. */
    public List<MyCourse> mine(long actorId) {
        List<MyCourse> courses = em.createNamedQuery("Authoring.myCourses", MyCourse.class)
                .setParameter("ownerId", actorId)
                .getResultList();
        if (courses.isEmpty()) {
            return courses;
        }
        Map<Long, Long> students = em.createNamedQuery("Authoring.studentCounts", Object[].class)
                .setParameter("ownerId", actorId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return courses.stream().map(course -> course.withStudents(students.getOrDefault(course.id(), 0L))).toList();
    }

    public List<SubjectOption> subjects() {
        return em.createNamedQuery("Authoring.subjectOptions", SubjectOption.class).getResultList();
    }

    /** The course as its form shows it. */
    public CourseDraft draft(long courseId, long actorId) {
        Course course = ownership.course(courseId, actorId, false);
        return new CourseDraft(course.getSubject().getId(), course.getTitle(), course.getSlug(), course.getOverview());
    }

    /** Creates a course owned by the acting user and returns its id. */
    public long create(long actorId, CourseDraft draft) {
        Subject subject = validated(draft, null);
        Course course = new Course(ownership.user(actorId), subject, draft.title().trim(), draft.slug(),
                draft.overview());
        em.persist(course);
        em.flush();
        courseChanged.fire(new CourseChanged(course.getId(), course.getSlug()));
        return course.getId();
    }

    public void update(long courseId, long actorId, CourseDraft draft) {
        Course course = ownership.course(courseId, actorId, true);
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
    public void delete(long courseId, long actorId) {
        Course course = ownership.course(courseId, actorId, true);
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
