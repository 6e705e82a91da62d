package org.educa.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.educa.business.account.SignedInUser;
import org.educa.business.account.UserService;
import org.educa.model.Role;

/** The person behind the current request, for pages ({@code #{activeUser.signedIn}}) and services. */
@Named
@RequestScoped
public class ActiveUser {

    /**
     * The request attribute in which the sign-in mechanism leaves the caller's {@link SignedInUser}, so that the pages
     * need not look it up again.
     */
    public static final String REQUEST_ATTRIBUTE = "educa.user";

    @Inject
    SecurityContext security;

    @Inject
    UserService users;

    @Inject
    HttpServletRequest request;

    private SignedInUser summary;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** The signed-in user as the sign-in mechanism found them for this request, or from the cache. */
    public Optional<SignedInUser> summary() {
        if (summary == null && isSignedIn()) {
            summary = checked(request).orElseGet(() -> users.summary(getUsername()));
        }
        return Optional.ofNullable(summary);
    }

    /**
     * The signed-in user as the sign-in mechanism checked them for this request, if it could (for filters, which need
     * no request-scoped bean; empty for a visitor, and when the account could not be read).
     */
    public static Optional<SignedInUser> checked(HttpServletRequest request) {
        return request.getAttribute(REQUEST_ATTRIBUTE) instanceof SignedInUser checked ? Optional.of(checked)
                : Optional.empty();
    }

    public Long getId() {
        return summary().map(SignedInUser::id).orElse(null);
    }

    public String getFullName() {
        return summary().map(SignedInUser::fullName).orElse("");
    }

    public boolean has(Role role) {
        return getRoles().contains(role);
    }

    /** The roles of the signed-in user, as checked for this request (no database look-up). */
    public Set<Role> getRoles() {
        return summary().map(SignedInUser::roles).orElse(Set.of());
    }

    public boolean isInstructor() {
        return has(Role.INSTRUCTOR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }
}
