package org.educa.config.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.educa.business.account.UserService;
import org.educa.business.account.SignedInUser;
import org.educa.model.Role;

/** The person behind the current request, for pages ({@code #{activeUser.signedIn}}) and services. */
@Named
@RequestScoped
public class ActiveUser {

    @Inject
    SecurityContext security;

    @Inject
    UserService users;

    private SignedInUser summary;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** Id and name of the signed-in user, from the cache. */
    public Optional<SignedInUser> summary() {
        if (summary == null && isSignedIn()) {
            summary = users.summary(getUsername());
        }
        return Optional.ofNullable(summary);
    }

    public Long getId() {
        return summary().map(SignedInUser::id).orElse(null);
    }

    public String getFullName() {
        return summary().map(SignedInUser::fullName).orElse("");
    }

    public boolean has(Role role) {
        return security.isCallerInRole(role.name());
    }

    /** The roles of the signed-in user, as the container knows them (no database look-up). */
    public Set<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(this::has).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public boolean isInstructor() {
        return has(Role.INSTRUCTOR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }
}
