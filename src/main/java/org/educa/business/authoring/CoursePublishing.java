package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.educa.business.BusinessException;
import org.educa.business.account.Actors;
import org.educa.business.events.CourseChanged;
import org.educa.model.Course;

/**
 * Puts a course into the public catalog and takes it out again. A course starts as a draft that only its owner and
 * administrators see; publishing it needs something to study, at least one module with at least one content
 * ({@code drafts.publish.empty} otherwise). Unpublishing stops new enrollments; students enrolled already go on
 * studying. Only the course's owner or an administrator may do either ({@link Actors#requireAuthor}, then
 * {@link Ownership}: anyone else's course is not found). Each change fires {@link CourseChanged}, so that every cache
 * forgets the course once the change has committed.
 */
@ApplicationScoped
@Transactional
public class CoursePublishing {

    private final EntityManager em;
    private final Actors actors;
    private final Ownership ownership;
    private final Event<CourseChanged> courseChanged;

    @Inject
    public CoursePublishing(EntityManager em, Actors actors, Ownership ownership, Event<CourseChanged> courseChanged) {
        this.em = em;
        this.actors = actors;
        this.ownership = ownership;
        this.courseChanged = courseChanged;
    }

    /** For the CDI proxy only. */
    protected CoursePublishing() {
        this(null, null, null, null);
    }

    /** Publishes the course (its row locked, so that a content deleted meanwhile is counted or waits). */
    public void publish(long courseId, Long actorId) {
        long actor = actors.requireAuthor(actorId).id();
        Course course = ownership.course(courseId, actor, true);
        if (!hasContent(courseId)) {
            throw new BusinessException("drafts.publish.empty", course.getTitle());
        }
        change(course, true);
    }

    /** Takes the course out of the catalog; it takes no new students, and those enrolled keep studying it. */
    public void unpublish(long courseId, Long actorId) {
        long actor = actors.requireAuthor(actorId).id();
        change(ownership.course(courseId, actor, true), false);
    }

    /** Whether the course has a module with at least one content, so that there is something to publish. */
    public boolean hasContent(long courseId) {
        return em.createNamedQuery("Publishing.contentCount", Long.class)
                .setParameter("courseId", courseId)
                .getSingleResult() > 0;
    }

    private void change(Course course, boolean published) {
        if (course.isPublished() != published) {
            course.setPublished(published);
            courseChanged.fire(new CourseChanged(course.getId()));
        }
    }
}
