package org.educa.config.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.educa.model.Role;

/**
 * Form sign-in on Educa's own page ({@code /accounts/login/}), checked by {@link UserIdentityStore}: see
 * {@link SessionFormMechanism}. The signed-in caller is kept in the HTTP session, which the cluster shares.
 */
@ApplicationScoped
@DeclareRoles({Role.STUDENT_NAME, Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class SecurityConfiguration {
}
