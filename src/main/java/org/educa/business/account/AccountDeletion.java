package org.educa.business.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.catalog.CatalogPlaces;
import org.educa.business.catalog.CourseTerms;
import org.educa.business.events.EnrollmentChanged;
import org.educa.business.events.UserChanged;
import org.educa.model.Enrollment;
import org.educa.model.Role;
import org.educa.model.User;

/**
 * Leaving Educa for good: an account is deleted with everything that is only its own — its enrollments (the courses'
 * student counts go down), its progress, its roles, and, through their foreign keys' ON DELETE CASCADE, the rows other
 * parts keep about it (confirmation links, instructor requests) — and its sessions end at their next request (the
 * account is gone). Nothing of it is kept: no name, address or username remains. Contents it added to other people's
 * courses stay with those courses and pass to their owners.
 *
 * <p>An account that owns courses is not deleted ({@code account.delete.hasCourses}): its courses must first be
 * deleted or handed over by an administrator to another instructor ({@link #handOver}). The last active administrator
 * cannot delete themselves ({@code account.delete.lastAdmin}), nor can an administrator delete their own account from
 * the administration ({@code admin.user.deleteSelf}): only from their profile, with their password.
 */
@ApplicationScoped
@Transactional
public class AccountDeletion {

    private final EntityManager em;
    private final Actors actors;
    private final PasswordHasher hasher;
    private final CatalogPlaces places;
    private final CourseTerms terms;
    private final Event<UserChanged> userChanged;
    private final Event<EnrollmentChanged> enrollmentChanged;

    @Inject
    public AccountDeletion(EntityManager em, Actors actors, PasswordHasher hasher, CatalogPlaces places,
            CourseTerms terms, Event<UserChanged> userChanged, Event<EnrollmentChanged> enrollmentChanged) {
        this.em = em;
        this.actors = actors;
        this.hasher = hasher;
        this.places = places;
        this.terms = terms;
        this.userChanged = userChanged;
        this.enrollmentChanged = enrollmentChanged;
    }

    /** For the CDI proxy only. */
    protected AccountDeletion() {
        this(null, null, null, null, null, null, null);
    }

    /** The courses that keep the caller's own account from being deleted. */
    public List<OwnedCourse> ownCourses(Long actorId) {
        return coursesOf(actors.requireSignedIn(actorId).id());
    }

    /**
     * Deletes the caller's own account when the password is theirs and the deletion is confirmed (else
     * {@link FormRefused}, on "password" and "confirmed"); refused while it owns courses.
     */
    public void deleteOwn(Long actorId, String password, boolean confirmed) {
        User user = find(actors.requireSignedIn(actorId).id());
        Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
        if (password == null || password.isEmpty()) {
            problems.put("password", List.of("password.required"));
        } else if (!hasher.verify(password, user.getPasswordHash())) {
            problems.put("password", List.of("password.currentWrong"));
        }
        if (!confirmed) {
            problems.put("confirmed", List.of("account.delete.notConfirmed"));
        }
        if (!problems.isEmpty()) {
            throw new FormRefused(problems);
        }
        if (user.hasRole(Role.ADMIN) && otherAdmins(user.getId()) == 0) {
            throw new BusinessException("account.delete.lastAdmin");
        }
        delete(user);
    }

    /** For administrators: the user's courses (to hand over or delete first). */
    public List<OwnedCourse> coursesOf(Long actorId, long userId) {
        actors.requireAdmin(actorId);
        return coursesOf(find(userId).getId());
    }

    /** For administrators: the active instructors, other than this user, who can take over the user's courses. */
    public List<Heir> heirs(Long actorId, long userId) {
        actors.requireAdmin(actorId);
        return em.createNamedQuery("Account.instructors", Heir.class)
                .setParameter("role", Role.INSTRUCTOR)
                .setParameter("userId", userId)
                .getResultList();
    }

    /**
     * For administrators: every course of {@code userId} (and every content the user added to any course) passes to
     * {@code heirId}, an active instructor other than the user. Returns how many courses changed hands.
     */
    public int handOver(Long actorId, long userId, long heirId) {
        actors.requireAdmin(actorId);
        User user = find(userId);
        User heir = em.find(User.class, heirId);
        if (heir == null || heirId == userId || !heir.isActive() || !heir.hasRole(Role.INSTRUCTOR)) {
            throw new BusinessException("admin.user.heirInvalid");
        }
        int moved = em.createNamedQuery("Account.handOverCourses")
                .setParameter("heir", heir)
                .setParameter("userId", userId)
                .executeUpdate();
        em.createNamedQuery("Account.contentsToCourseOwners").setParameter(1, userId).executeUpdate();
        terms.ownerRenamed(heir); // the courses are found by their new instructor's name, no more by the old
        userChanged.fire(new UserChanged(user.getId(), user.getUsername()));
        userChanged.fire(new UserChanged(heir.getId(), heir.getUsername()));
        return moved;
    }

    /**
     * For administrators: deletes another user's account (refused for their own, and while it owns courses). Returns
     * the username it had, for the page to say.
     */
    public String deleteByAdmin(Long actorId, long userId) {
        long actor = actors.requireAdmin(actorId).id();
        if (actor == userId) {
            throw new BusinessException("admin.user.deleteSelf");
        }
        User user = find(userId);
        String username = user.getUsername();
        delete(user);
        return username;
    }

    private void delete(User user) {
        long id = user.getId();
        List<OwnedCourse> courses = coursesOf(id);
        if (!courses.isEmpty()) {
            throw new BusinessException("account.delete.hasCourses", courses.size());
        }
        for (Enrollment enrollment : em.createNamedQuery("Account.enrollments", Enrollment.class)
                .setParameter("userId", id).getResultList()) {
            long courseId = enrollment.getCourse().getId();
            var place = places.of(enrollment.getCourse());
            em.remove(enrollment);
            em.createNamedQuery("Course.countStudent").setParameter("change", -1).setParameter("courseId", courseId)
                    .executeUpdate();
            enrollmentChanged.fire(new EnrollmentChanged(courseId, id, user.getUsername(), place, false));
        }
        em.createNamedQuery("Account.deleteCompletions").setParameter("userId", id).executeUpdate();
        em.createNamedQuery("Account.contentsToCourseOwners").setParameter(1, id).executeUpdate();
        em.remove(user);
        em.flush();
        userChanged.fire(new UserChanged(id, user.getUsername()));
    }

    private List<OwnedCourse> coursesOf(long userId) {
        return em.createNamedQuery("Account.ownedCourses", OwnedCourse.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    private long otherAdmins(long userId) {
        return em.createNamedQuery("Account.otherAdmins", Long.class)
                .setParameter("role", Role.ADMIN)
                .setParameter("userId", userId)
                .getSingleResult();
    }

    private User find(long userId) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new NotFoundException("user " + userId);
        }
        return user;
    }
}
