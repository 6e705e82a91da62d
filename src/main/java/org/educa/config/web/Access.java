package org.educa.config.web;

import jakarta.servlet.http.HttpServletRequest;
import org.educa.model.Role;

/** Who may open a page. */
public enum Access {
    ANYONE,
    SIGNED_IN,
    INSTRUCTOR,
    ADMIN;

    boolean needsSignIn() {
        return this != ANYONE;
    }

    boolean allows(HttpServletRequest request) {
        return switch (this) {
            case ANYONE -> true;
            case SIGNED_IN -> request.getUserPrincipal() != null;
            case INSTRUCTOR -> request.isUserInRole(Role.INSTRUCTOR_NAME);
            case ADMIN -> request.isUserInRole(Role.ADMIN_NAME);
        };
    }
}
