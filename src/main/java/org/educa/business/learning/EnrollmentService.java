package org.educa.business.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.educa.business.NotFoundException;
import org.educa.business.account.Actors;
import org.educa.business.events.EnrollmentChanged;
import org.educa.model.Course;
import org.educa.model.Enrollment;
import org.educa.model.User;

/** Enrolls students in courses, once per course however often they ask. */
@ApplicationScoped
@Transactional
public class EnrollmentService {

    private final EntityManager em;
    private final Event<EnrollmentChanged> changes;
    private final Actors actors;

    @Inject
    public EnrollmentService(EntityManager em, Event<EnrollmentChanged> changes, Actors actors) {
        this.em = em;
        this.changes = changes;
        this.actors = actors;
    }

    /** For the CDI proxy only. */
    protected EnrollmentService() {
        this(null, null, null);
    }

    public boolean isEnrolled(long courseId, long studentId) {
        return em.createNamedQuery("Enrollment.exists", Long.class)
                .setParameter("courseId", courseId)
                .setParameter("studentId", studentId)
                .getSingleResult() > 0;
    }

    /**
     * Enrolls the student unless already enrolled. The student's row is locked first, so that simultaneous requests
     * of one student are taken one after the other and only the first inserts. The student is the acting user: a
     * visitor (null) or an inactive account is refused ({@code AccessDeniedException}) and nothing is enrolled.
     *
     * @return whether a new enrollment was made
     */
    public boolean enroll(long courseId, Long studentId) {
        actors.requireSignedIn(studentId);
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw new NotFoundException("course " + courseId);
        }
        User student = em.find(User.class, studentId, LockModeType.PESSIMISTIC_WRITE);
        if (student == null) {
            throw new NotFoundException("user " + studentId);
        }
        if (isEnrolled(courseId, studentId)) {
            return false;
        }
        em.persist(new Enrollment(course, student));
        changes.fire(new EnrollmentChanged(courseId, studentId, student.getUsername()));
        return true;
    }
}
