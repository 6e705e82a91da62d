package org.educa.view.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import org.educa.business.account.LoginThrottle;
import org.educa.business.account.LoginThrottle.Allowed;
import org.educa.business.account.LoginThrottle.Attempt;
import org.educa.business.account.LoginThrottle.Refused;
import org.educa.view.SafeRedirect;
import org.omnifaces.cdi.Param;

/** Sign-in, {@code /accounts/login/}: then to {@code next} when it is a path of this site, else to "my courses". */
@Named("login")
@RequestScoped
public class LoginBacking {

    public static final String AFTER_SIGN_IN = "/students/courses/";

    @Inject
    SecurityContext security;

    @Inject
    ExternalContext external;

    @Inject
    FacesContext faces;

    @Inject
    LoginThrottle throttle;

    @Inject
    @Param(name = "next")
    String next;

    private String username;
    private String password;

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Attempt attempt = throttle.begin(username, request.getRemoteAddr());
        if (attempt instanceof Refused refused) {
            error(MessageFormat.format(message("login.throttled"), refused.minutes()));
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                throttle.succeeded((Allowed) attempt);
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + SafeRedirect.localOr(next, AFTER_SIGN_IN));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> error(message("login.failed"));
        }
    }

    private String message(String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    private void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
