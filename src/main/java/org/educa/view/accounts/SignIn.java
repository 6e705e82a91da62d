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
import org.educa.view.SafeRedirect;

/** Signs a person in from a Faces page (sign-in, registration) and sends them on. */
@RequestScoped
public class SignIn {

    /** Where people go after signing in when no page of this site asked for them. */
    public static final String AFTER_SIGN_IN = "/students/courses/";

    @Inject
    SecurityContext security;

    @Inject
    ExternalContext external;

    /** Checks the credentials; on success the session gets a new id, so a session id known before is worthless. */
    public AuthenticationStatus as(String username, String password) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
        }
        return status;
    }

    /** To {@code next} when it is a path of this site, else to "my courses". */
    public void continueTo(String next) throws IOException {
        external.redirect(external.getRequestContextPath() + SafeRedirect.localOr(next, AFTER_SIGN_IN));
    }
}
