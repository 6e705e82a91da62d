package org.educa.business.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.educa.business.AccessDeniedException;
import org.educa.model.Role;

/**
 * Who is acting, checked by the services themselves so that a page reached by any road (not only through the router)
 * still cannot do what its caller may not: the acting user's id (null for a visitor, as the pages get it from the
 * signed-in caller) must name an account that is active now and holds the role the work needs. Otherwise the
 * request is refused with {@link AccessDeniedException} before anything has changed.
 *
 * <p>The account is read as the sign-in mechanism reads it on every request: cached and forgotten as soon as an
 * administrator changes it ({@link UserService#summaryById}), so a check costs no statement on a hit.
 */
@ApplicationScoped
public class Actors {

    private static final Set<Role> AUTHORS = EnumSet.of(Role.INSTRUCTOR, Role.ADMIN);

    private final UserService users;

    @Inject
    public Actors(UserService users) {
        this.users = users;
    }

    /** For the CDI proxy only. */
    protected Actors() {
        this(null);
    }

    /** Administration: accounts, subjects, every course, the caches. */
    public SignedInUser requireAdmin(Long actorId) {
        return require(actorId, Set.of(Role.ADMIN));
    }

    /** Authoring courses, modules, contents and uploads: instructors and administrators. */
    public SignedInUser requireAuthor(Long actorId) {
        return require(actorId, AUTHORS);
    }

    /** A student's own work (enrolling, their courses): any active account, since every account is a student. */
    public SignedInUser requireSignedIn(Long actorId) {
        return require(actorId, Set.of());
    }

    private SignedInUser require(Long actorId, Set<Role> anyOf) {
        if (actorId == null) {
            throw new AccessDeniedException("nobody is signed in");
        }
        SignedInUser actor = users.summaryById(actorId);
        if (actor == null || !actor.active()) {
            throw new AccessDeniedException("user " + actorId + " is unknown or inactive");
        }
        if (!anyOf.isEmpty() && anyOf.stream().noneMatch(actor.roles()::contains)) {
            throw new AccessDeniedException("user " + actorId + " holds none of " + anyOf);
        }
        return actor;
    }
}
