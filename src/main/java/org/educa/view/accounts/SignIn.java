package org.educa.view.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.educa.model.Role;
import org.educa.view.Routes;
import org.educa.view.SafeRedirect;

/** Signs a person in from a Faces page (sign-in, registration) and sends them on. */
@RequestScoped
public class SignIn {

    /** Where students go after signing in when no page of this site asked for them: their courses. */
    public static final String AFTER_SIGN_IN = Routes.path("students.courses");
    /** Where instructors go instead: the courses they teach. */
    public static final String AFTER_INSTRUCTOR_SIGN_IN = Routes.path("course.mine");
    /** Where administrators go instead: the dashboard (an administrator may also teach; the dashboard links on). */
    public static final String AFTER_ADMIN_SIGN_IN = Routes.path("admin");

    @Inject
    SecurityContext security;

    @Inject
    ExternalContext external;

    @Inject
    EnrollInvitation invitation;

    /** Where Mojarra keeps the saved states of a session's pages (server-side state saving). */
    private static final String FACES_VIEW_STATES = "com.sun.faces.renderkit.ServerSideStateHelper";

    /**
     * Checks the credentials; on success the session gets a new id, so a session id known before is worthless, and
     * forgets the pages of before.
     */
    public AuthenticationStatus as(String username, String password) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            forgetPagesOfBefore();
        }
        return status;
    }

    /**
     * Drops the saved state of the pages seen before signing in: the sign-in or registration form itself, which Faces
     * keeps for a postback that never comes (the answer is a redirect). A signed-in session is copied to the cluster
     * after every request, so its size is paid on every page; without them it is about a tenth.
     */
    private void forgetPagesOfBefore() {
        Map<String, Object> session = external.getSessionMap();
        List<String> states = session.keySet().stream().filter(key -> key.startsWith(FACES_VIEW_STATES)).toList();
        states.forEach(session::remove);
    }

    /**
     * To {@code next} when it is a path of this site, else to the page of the person's main role (asked of the
     * container, which knows the roles from the moment {@link #as} succeeded): administrators to the dashboard,
     * instructors to their teaching page, students to their courses. A course overview that sent them is left the
     * note {@code invitationKey} (a bundle key) inviting them to enroll ({@link EnrollInvitation}).
     */
    public void continueTo(String next, String invitationKey) throws IOException {
        invitation.leaveFor(next, invitationKey);
        external.redirect(external.getRequestContextPath() + SafeRedirect.localOr(next, landing()));
    }

    private String landing() {
        if (security.isCallerInRole(Role.ADMIN_NAME)) {
            return AFTER_ADMIN_SIGN_IN;
        }
        return security.isCallerInRole(Role.INSTRUCTOR_NAME) ? AFTER_INSTRUCTOR_SIGN_IN : AFTER_SIGN_IN;
    }
}
