package org.educa.business.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.educa.business.events.CourseChanged;

/**
 * Keeps each subject's number of published courses (the column of V15, which the catalog's sidebar and pager read)
 * equal to what the course table holds. Every change of a course (created, edited, moved, published, unpublished,
 * deleted: {@link CourseChanged}) recounts the column just before its transaction commits, inside it: the number and
 * the change commit together or not at all. A recount rather than an increment, so that no path that changes a course
 * (or a script that flips {@code published}) can leave a number that drifts: the next change of any course sets every
 * subject right. Concurrent changes recount one after the other ({@code CountsIT}: twenty courses published at once).
 */
@ApplicationScoped
public class SubjectCourseCounts {

    private final EntityManager em;

    @Inject
    public SubjectCourseCounts(EntityManager em) {
        this.em = em;
    }

    /** For the CDI proxy only. */
    protected SubjectCourseCounts() {
        this(null);
    }

    void onCourse(@Observes(during = TransactionPhase.BEFORE_COMPLETION) CourseChanged change) {
        recount();
    }

    /**
     * Sets every subject's number of published courses from the course table, in the caller's transaction, after
     * the other transactions recounting now have committed (V15's lock row, held until this one commits).
     */
    public void recount() {
        em.flush(); // the change itself, which the statement below counts
        recount(em);
    }

    /** The recount for code that writes courses without the services (the tests' fixtures and clean-ups). */
    public static void recount(EntityManager em) {
        em.createNamedQuery("Subject.lockCounts").getResultList();
        em.createNamedQuery("Subject.recountPublishedCourses").executeUpdate();
    }
}
