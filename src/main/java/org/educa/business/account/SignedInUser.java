package org.educa.business.account;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;
import org.educa.model.Role;

/**
 * Who a signed-in user is now, as every request needs it: kept in the cache (forgotten when an administrator changes
 * the account), not loaded each time. Whether the account is active and its roles are checked on each request, so
 * that a deactivation or a role change applies to sessions already signed in; a session signed in under another
 * {@code sessionVersion} is signed out ({@link org.educa.model.User#endSessions}).
 */
public record SignedInUser(long id, String username, String fullName, boolean active, Set<Role> roles,
        int sessionVersion)
        implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** The roles by name, as the container's groups. */
    public Set<String> groups() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
