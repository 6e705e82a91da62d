package org.educa.config.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.educa.business.account.SignedInUser;
import org.educa.business.account.UserService;
import org.educa.view.ActiveUser;
import org.educa.view.CsrfToken;

/**
 * Form sign-in on Educa's own page ({@code /accounts/login/}, which calls {@code SecurityContext.authenticate} with
 * the username and password), checked by {@link UserIdentityStore}: what the built-in custom form mechanism does, except
 * that the signed-in caller is kept as an ordinary, serializable session attribute. The container's own record of an
 * authenticated session stays on the member that made it; this attribute travels with the session through the
 * cluster's Hazelcast, so a session begun on one member goes on, signed in, on any other.
 *
 * <p>Each request of a signed-in session checks the account as it is now ({@link UserService#summary}, cached and
 * forgotten when an administrator changes the account): a deactivated account's session ends at its next request, and
 * granted or revoked roles apply at once. Should the account not be readable (the database away and the cache empty),
 * the session keeps the roles it had, and the page itself says that the service is unavailable.
 */
@ApplicationScoped
public class SessionFormMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = "educa.signedIn";

    /**
     * Who signed in in this session, with the groups the account had when last checked and the account's session
     * number when it signed in (a session from before that field was added reads 0, the number every account had).
     */
    record SignedIn(String name, Set<String> groups, int sessionVersion) implements Serializable {
    }

    private final IdentityStoreHandler identityStores;
    private final UserService users;

    @Inject
    public SessionFormMechanism(IdentityStoreHandler identityStores, UserService users) {
        this.identityStores = identityStores;
        this.users = users;
    }

    /** For the CDI proxy only. */
    protected SessionFormMechanism() {
        this(null, null);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                String name = result.getCallerPrincipal().getName();
                SignedInUser user = users.summary(name);
                HttpSession session = request.getSession();
                session.setAttribute(CALLER, new SignedIn(name, Set.copyOf(result.getCallerGroups()),
                        user == null ? 0 : user.sessionVersion()));
                CsrfToken.renew(session);
            }
            return context.notifyContainerAboutLogin(result);
        }
        // A session id is honoured only from the cookie: one that came in the URL (;jsessionid=) may have been
        // handed to the user by someone else, so that request is anonymous (and the Router refuses such URLs).
        HttpSession session = request.isRequestedSessionIdFromURL() ? null : request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedIn caller) {
            Optional<SignedIn> now = current(caller, request);
            if (now.isEmpty()) {
                session.invalidate();
                return context.doNothing();
            }
            if (!now.get().equals(caller)) {
                session.setAttribute(CALLER, now.get());
            }
            return context.notifyContainerAboutLogin(now.get().name(), now.get().groups());
        }
        // The only protected resources are the views themselves (web.xml), which no direct request may reach: a
        // visitor gets 404 rather than an invitation to sign in. Pages send visitors to sign in from the Router.
        return context.isProtected() ? context.responseNotFound() : context.doNothing();
    }

    /** The caller with the account's current roles; empty once the account is deactivated or gone. */
    private Optional<SignedIn> current(SignedIn caller, HttpServletRequest request) {
        SignedInUser user;
        try {
            user = users.summary(caller.name());
        } catch (RuntimeException accountUnreadable) {
            return Optional.of(caller);
        }
        if (user == null || !user.active() || user.sessionVersion() != caller.sessionVersion()) {
            return Optional.empty();
        }
        request.setAttribute(ActiveUser.REQUEST_ATTRIBUTE, user);
        return Optional.of(new SignedIn(caller.name(), user.groups(), caller.sessionVersion()));
    }

    /**
     * Keeps this session signed in after its own request ended every session of the account ({@code User#endSessions},
     * e.g. a password change): it takes the account's new number, and a fresh CSRF token. Other sessions stay ended.
     */
    public static void keepSignedIn(HttpSession session, int sessionVersion) {
        if (session.getAttribute(CALLER) instanceof SignedIn caller) {
            session.setAttribute(CALLER, new SignedIn(caller.name(), caller.groups(), sessionVersion));
            CsrfToken.renew(session);
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
