package org.educa.view;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Predicate;
import org.educa.model.Role;

/** Who may open a page. */
public enum Access {
    ANYONE,
    SIGNED_IN,
    INSTRUCTOR,
    ADMIN;

    /** Whether someone signed in (or not) with the roles {@code hasRole} tells may open the page. */
    public boolean allows(boolean signedIn, Predicate<Role> hasRole) {
        return switch (this) {
            case ANYONE -> true;
            case SIGNED_IN -> signedIn;
            case INSTRUCTOR -> signedIn && hasRole.test(Role.INSTRUCTOR);
            case ADMIN -> signedIn && hasRole.test(Role.ADMIN);
        };
    }

    /** Whether the caller of this request may open the page. */
    public boolean allows(HttpServletRequest request) {
        return allows(request.getUserPrincipal() != null, role -> request.isUserInRole(role.name()));
    }
}
