package org.educa.business.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.account.Actors;
import org.educa.business.catalog.CourseTerms;
import org.educa.business.events.UserChanged;
import org.educa.model.Role;
import org.educa.model.User;

/**
 * The administrator's work on accounts: list and search them a page at a time, grant and revoke the INSTRUCTOR and
 * ADMIN roles, deactivate and reactivate. An administrator can neither revoke their own ADMIN role nor deactivate
 * themselves, so that there is always someone left to administer. Every change applies to the user's sessions at their
 * next request (see SessionFormMechanism).
 *
 * <p>Every method is for administrators only: the acting user ({@code actorId}, null for a visitor) is checked by
 * {@link Actors#requireAdmin} first, and anyone else is refused with {@code AccessDeniedException}, nothing changed.
 */
@ApplicationScoped
@Transactional
public class UserAdminService {

    /** The roles an administrator grants; every account is a student. */
    public static final Set<Role> MANAGED_ROLES = EnumSet.of(Role.INSTRUCTOR, Role.ADMIN);

    private static final char ESCAPE = '!';

    private final EntityManager em;
    private final Event<UserChanged> changed;
    private final Actors actors;
    private final CourseTerms terms;

    @Inject
    public UserAdminService(EntityManager em, Event<UserChanged> changed, Actors actors, CourseTerms terms) {
        this.em = em;
        this.changed = changed;
        this.actors = actors;
        this.terms = terms;
    }

    /** For the CDI proxy only. */
    protected UserAdminService() {
        this(null, null, null, null);
    }

    /** Users whose username, name or e-mail contains {@code search} (any case); all users when it is blank. */
    public long count(Long actorId, String search) {
        actors.requireAdmin(actorId);
        return pattern(search)
                .map(like -> em.createNamedQuery("Admin.countUsersMatching", Long.class).setParameter("pattern", like))
                .orElseGet(() -> em.createNamedQuery("User.count", Long.class))
                .getSingleResult();
    }

    /** One page of {@link #count}'s users, by username, in two statements whatever the page size. */
    public List<UserSummary> page(Long actorId, String search, int first, int size) {
        actors.requireAdmin(actorId);
        TypedQuery<UserRow> query = pattern(search)
                .map(like -> em.createNamedQuery("Admin.usersMatching", UserRow.class).setParameter("pattern", like))
                .orElseGet(() -> em.createNamedQuery("Admin.users", UserRow.class));
        List<UserRow> rows = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, size)).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = em.createNamedQuery("Admin.rolesOfUsers", Object[].class)
                .setParameter("ids", rows.stream().map(UserRow::id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (Role) row[1], Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        return rows.stream().map(row -> UserSummary.of(row, roles.getOrDefault(row.id(), Set.of()))).toList();
    }

    public User grant(Long actorId, long userId, Role role) {
        actors.requireAdmin(actorId);
        User user = managed(userId, role);
        user.grant(role);
        return saved(user);
    }

    public User revoke(Long actorId, long userId, Role role) {
        long actor = actors.requireAdmin(actorId).id();
        User user = managed(userId, role);
        if (role == Role.ADMIN && user.getId() == actor) {
            throw new BusinessException("admin.user.ownAdmin");
        }
        user.revoke(role);
        return saved(user);
    }

    /** Lets the user sign in again ({@code true}) or no more ({@code false}). */
    public User setActive(Long actorId, long userId, boolean active) {
        long actor = actors.requireAdmin(actorId).id();
        User user = find(userId);
        if (!active && user.getId() == actor) {
            throw new BusinessException("admin.user.ownAccount");
        }
        user.setActive(active);
        return saved(user);
    }

    /**
     * Changes the names the pages show for this user (the instructor's name in the catalog, for one); names longer
     * than {@link User#NAME_MAX} break the entity's constraints and change nothing.
     */
    public User rename(Long actorId, long userId, String firstName, String lastName) {
        actors.requireAdmin(actorId);
        User user = find(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        User saved = saved(user);
        terms.ownerRenamed(saved); // their courses are found by the new name, no more by the old
        return saved;
    }

    public User get(Long actorId, long userId) {
        actors.requireAdmin(actorId);
        return find(userId);
    }

    private User find(long userId) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new NotFoundException("user " + userId);
        }
        return user;
    }

    private User managed(long userId, Role role) {
        if (!MANAGED_ROLES.contains(role)) {
            throw new BusinessException("admin.user.roleNotManaged", role);
        }
        return find(userId);
    }

    private User saved(User user) {
        em.flush();
        changed.fire(new UserChanged(user.getId(), user.getUsername()));
        return user;
    }

    /** The LIKE pattern for a search, with its own {@code %}, {@code _} and escape characters taken literally. */
    static Optional<String> pattern(String search) {
        if (search == null || search.isBlank()) {
            return Optional.empty();
        }
        StringBuilder like = new StringBuilder("%");
        for (char c : search.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                like.append(ESCAPE);
            }
            like.append(c);
        }
        return Optional.of(like.append('%').toString());
    }
}
