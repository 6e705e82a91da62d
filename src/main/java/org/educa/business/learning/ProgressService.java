package org.educa.business.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.educa.business.NotFoundException;
import org.educa.business.account.Actors;
import org.educa.business.account.SignedInUser;
import org.educa.business.events.ProgressChanged;
import org.educa.model.Course;
import org.educa.model.Enrollment;
import org.educa.model.Module;
import org.educa.model.ModuleCompletion;
import org.educa.model.User;

/**
 * A student's marks on the modules of a course they are enrolled in: "done", and taken back. Marking is idempotent:
 * the enrollment's row is locked first, so that the requests of one student in one course (double clicks, two tabs)
 * are taken one after the other, and the unique constraint on student and module holds whatever else happens.
 * Someone not enrolled (a visitor, the instructor, an administrator looking at the course) has nothing to mark: the
 * course is not found for them.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    private final EntityManager em;
    private final Actors actors;
    private final Event<ProgressChanged> changes;

    @Inject
    public ProgressService(EntityManager em, Actors actors, Event<ProgressChanged> changes) {
        this.em = em;
        this.actors = actors;
        this.changes = changes;
    }

    /** For the CDI proxy only. */
    protected ProgressService() {
        this(null, null, null);
    }

    /**
     * Marks the module done, or takes the mark back.
     *
     * @return the student's progress in the course afterwards
     * @throws NotFoundException when the student is not enrolled in the course or the module is not one of its
     */
    public Progress mark(long courseId, long moduleId, Long studentId, boolean done) {
        SignedInUser student = actors.requireSignedIn(studentId);
        lockEnrollment(courseId, student.id());
        List<Long> modules = moduleIds(courseId);
        if (!modules.contains(moduleId)) {
            throw new NotFoundException("module " + moduleId + " of course " + courseId);
        }
        Set<Long> completed = new HashSet<>(doneModules(courseId, student.id()));
        boolean changed = done ? completed.add(moduleId) : completed.remove(moduleId);
        if (changed && done) {
            insert(courseId, moduleId, student.id());
        } else if (changed) {
            em.createNamedQuery("Progress.delete")
                    .setParameter("moduleId", moduleId)
                    .setParameter("studentId", student.id())
                    .executeUpdate();
        }
        if (changed) {
            changes.fire(new ProgressChanged(courseId, student.id(), student.username()));
        }
        completed.retainAll(modules);
        return new Progress(completed.size(), modules.size());
    }

    /** Marks every module of the course done ("Mark the course as done"). */
    public Progress finish(long courseId, Long studentId) {
        SignedInUser student = actors.requireSignedIn(studentId);
        lockEnrollment(courseId, student.id());
        List<Long> modules = moduleIds(courseId);
        Set<Long> completed = new HashSet<>(doneModules(courseId, student.id()));
        List<Long> missing = modules.stream().filter(module -> !completed.contains(module)).toList();
        missing.forEach(module -> insert(courseId, module, student.id()));
        if (!missing.isEmpty()) {
            changes.fire(new ProgressChanged(courseId, student.id(), student.username()));
        }
        return new Progress(modules.size(), modules.size());
    }

    /** The modules of the course the student has marked done (after {@link #lockEnrollment} found them in it). */
    private List<Long> doneModules(long courseId, long studentId) {
        return em.createNamedQuery("Progress.doneModules", Long.class)
                .setParameter("courseId", courseId)
                .setParameter("studentId", studentId)
                .getResultList();
    }

    /**
     * The modules of the course the student has marked done, or empty when the student is not enrolled in it: one
     * statement for both (the study page's). A read of ids: it joins the caller's transaction if there is one and
     * starts none of its own (JTA's begin and commit were 2.8 % of the uncached study page's samples, bench/README.md
     * "The study page, uncached"). Package-private: only {@link StudyService#study} asks it, for the id the page
     * passed as its signed-in caller's, and refuses the course when the answer is empty and the caller does not
     * teach it; no page can ask it about another student.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Set<Long>> doneIfEnrolled(long courseId, long studentId) {
        List<?> rows = em.createNamedQuery("Progress.enrolledDone")
                .setParameter(1, courseId)
                .setParameter(2, studentId)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.stream().filter(Objects::nonNull)
                .map(id -> ((Number) id).longValue()).collect(Collectors.toUnmodifiableSet()));
    }

    private void lockEnrollment(long courseId, long studentId) {
        em.createNamedQuery("Enrollment.find", Enrollment.class)
                .setParameter("courseId", courseId)
                .setParameter("studentId", studentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("enrollment of " + studentId + " in " + courseId));
    }

    private List<Long> moduleIds(long courseId) {
        return em.createNamedQuery("Progress.moduleIds", Long.class)
                .setParameter("courseId", courseId)
                .getResultList();
    }

    private void insert(long courseId, long moduleId, long studentId) {
        em.persist(new ModuleCompletion(em.getReference(User.class, studentId), em.getReference(Course.class, courseId),
                em.getReference(Module.class, moduleId)));
    }
}
