package org.educa.business.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;
import org.educa.business.NotFoundException;
import org.educa.business.account.Actors;
import org.educa.business.account.SignedInUser;
import org.educa.business.learning.CourseAccess;
import org.educa.model.Role;

/**
 * Who is learning in a course: its enrolled students with their progress and last activity, for the course's owner
 * and administrators. Every method checks the acting user again ({@link Actors#requireAuthor}, else
 * {@code AccessDeniedException}); a course that is not theirs, or does not exist, is not found, so that the roster of
 * another instructor's course does not even confirm that it exists.
 *
 * <p>The statements do not grow with the students: the course (with its counts) is one statement, a page of rows is
 * one more whatever its size, and the CSV export reads {@value #CHUNK} rows a statement.
 */
@ApplicationScoped
@Transactional
public class CourseRoster {

    /** The most rows a page may ask for, and the rows the export reads at a time. */
    static final int CHUNK = 500;

    /**
     * A page of students: each with the course's module count and their completions in it (two correlated counts on
     * indexed columns), only of a course the actor may see; the ORDER BY comes from {@link RosterOrder}.
     */
    private static final String PAGE = "SELECT NEW org.educa.business.authoring.RosterRow(u.id, u.username, "
            + "u.firstName, u.lastName, e.created, e.lastActivity, "
            + "(SELECT COUNT(m) FROM Module m WHERE m.course = e.course), " + RosterOrder.DONE + ") "
            + "FROM Enrollment e JOIN e.student u "
            + "WHERE e.course.id = :courseId AND (e.course.owner.id = :actorId OR :anyOwner = 1)";

    private final EntityManager em;
    private final Actors actors;
    private final CourseAccess access;

    @Inject
    public CourseRoster(EntityManager em, Actors actors, CourseAccess access) {
        this.em = em;
        this.actors = actors;
        this.access = access;
    }

    /** For the CDI proxy only. */
    protected CourseRoster() {
        this(null, null, null);
    }

    /** The course, with its module and student counts, if the actor owns it or is an administrator. */
    public RosterCourse course(long courseId, Long actorId) {
        SignedInUser actor = actors.requireAuthor(actorId);
        return em.createNamedQuery("Roster.course", RosterCourse.class)
                .setParameter("courseId", courseId)
                .getResultStream()
                .findFirst()
                .filter(course -> access.mayTeach(course.ownerId(), actor.id(), actor.roles()))
                .orElseThrow(() -> new NotFoundException("course " + courseId));
    }

    /** How many students are enrolled. */
    public long count(long courseId, Long actorId) {
        return course(courseId, actorId).students();
    }

    /**
     * {@code size} students (at most {@value #CHUNK}) from the {@code first} (from 0) in this order: one statement, and
     * one more only when the page is empty, to tell an empty page from a course that is not the actor's.
     */
    public List<RosterRow> page(long courseId, Long actorId, RosterOrder order, boolean ascending, int first,
            int size) {
        SignedInUser actor = actors.requireAuthor(actorId);
        List<RosterRow> rows = em.createQuery(PAGE + order.clause(ascending), RosterRow.class)
                .setParameter("courseId", courseId)
                .setParameter("actorId", actor.id())
                .setParameter("anyOwner", actor.roles().contains(Role.ADMIN) ? 1 : 0)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(CHUNK, size)))
                .getResultList();
        if (rows.isEmpty()) {
            course(courseId, actorId);
        }
        return rows;
    }

    /** Every student in this order, handed over {@value #CHUNK} at a time, for the CSV export. */
    public void export(long courseId, Long actorId, RosterOrder order, boolean ascending,
            Consumer<List<RosterRow>> chunk) {
        long students = count(courseId, actorId);
        for (int first = 0; first < students; first += CHUNK) {
            List<RosterRow> rows = page(courseId, actorId, order, ascending, first, CHUNK);
            chunk.accept(rows);
            if (rows.size() < CHUNK) {
                return;
            }
        }
    }
}
