package org.educa.business.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.account.Actors;
import org.educa.business.catalog.CatalogPlaces;
import org.educa.business.events.EnrollmentChanged;
import org.educa.model.Course;
import org.educa.model.Enrollment;
import org.educa.model.User;

/**
 * Enrolls students in courses, once per course however often they ask; lets them leave again (their completed
 * modules are kept, and count again if they come back); remembers where each enrollment left off.
 */
@ApplicationScoped
@Transactional
public class EnrollmentService {

    private final EntityManager em;
    private final Event<EnrollmentChanged> changes;
    private final Actors actors;
    private final CatalogPlaces places;

    @Inject
    public EnrollmentService(EntityManager em, Event<EnrollmentChanged> changes, Actors actors, CatalogPlaces places) {
        this.em = em;
        this.changes = changes;
        this.actors = actors;
        this.places = places;
    }

    /** For the CDI proxy only. */
    protected EnrollmentService() {
        this(null, null, null, null);
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
     * visitor (null) or an inactive account is refused ({@code AccessDeniedException}) and nothing is enrolled. A
     * course that is not published (a draft, or one taken out of the catalog) takes no new students: refused with a
     * {@link BusinessException} ({@code drafts.enrollmentClosed}); someone enrolled already stays enrolled.
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
        if (!course.isPublished()) {
            throw new BusinessException("drafts.enrollmentClosed");
        }
        em.persist(new Enrollment(course, student));
        countStudents(courseId, 1);
        changes.fire(new EnrollmentChanged(courseId, studentId, student.getUsername(), places.of(course), true));
        return true;
    }

    /**
     * Where the student left off in the course, if they are enrolled in it (one statement, for the course overview).
     */
    public Optional<Resume> resume(long courseId, Long studentId) {
        if (studentId == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Study.resume", Resume.class)
                .setParameter("courseId", courseId)
                .setParameter("studentId", studentId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Takes the student out of the course: it leaves "my courses" and its modules and media are closed to them. Their
     * completed modules stay, for the day they enroll again. Leaving a course one is not enrolled in is not found.
     */
    public void leave(long courseId, Long studentId) {
        var student = actors.requireSignedIn(studentId);
        Enrollment enrollment = em.createNamedQuery("Enrollment.find", Enrollment.class)
                .setParameter("courseId", courseId)
                .setParameter("studentId", student.id())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("enrollment of " + studentId + " in " + courseId));
        em.remove(enrollment);
        countStudents(courseId, -1);
        changes.fire(new EnrollmentChanged(courseId, student.id(), student.username(), places.of(enrollment.getCourse()),
                false));
    }

    /**
     * Adds one student to the course's count, or takes one away, in the transaction that enrolls or leaves: one
     * statement that locks the course's row until the commit, so that simultaneous enrollments are counted one after
     * the other and none is lost.
     */
    private void countStudents(long courseId, int change) {
        em.createNamedQuery("Course.countStudent")
                .setParameter("courseId", courseId)
                .setParameter("change", change)
                .executeUpdate();
    }

    /**
     * Remembers that the student opened this module of the course, writing only when it is another module than the one
     * remembered (one conditional update; nothing for someone not enrolled, such as the course's instructor). Callers
     * ask once per module change of a session, not on every page view ({@code StudyTrail}).
     *
     * @return whether anything was written
     */
    public boolean visit(long courseId, long moduleId, long studentId) {
        return em.createNamedQuery("Enrollment.visit")
                .setParameter("courseId", courseId)
                .setParameter("studentId", studentId)
                .setParameter("moduleId", moduleId)
                .setParameter("now", LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS))
                .executeUpdate() > 0;
    }
}
