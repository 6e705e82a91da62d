package org.educa.business.admin;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;
import org.educa.model.Role;
import org.educa.model.User;

/** A user in the administrator's list: who they are, whether they may sign in, and their roles. */
public record UserSummary(Long id, String username, String fullName, String email, boolean active,
        LocalDateTime created, Set<Role> roles) implements Serializable {

    static UserSummary of(UserRow row, Set<Role> roles) {
        return new UserSummary(row.id(), row.username(), User.fullName(row.firstName(), row.lastName(), row.username()),
                row.email(), row.active(), row.created(), Set.copyOf(roles));
    }

    public boolean instructor() {
        return roles.contains(Role.INSTRUCTOR);
    }

    public boolean admin() {
        return roles.contains(Role.ADMIN);
    }
}
