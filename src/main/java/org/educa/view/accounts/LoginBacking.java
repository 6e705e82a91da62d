package org.educa.view.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.text.MessageFormat;
import org.educa.business.account.LoginThrottle;
import org.educa.business.account.LoginThrottle.Allowed;
import org.educa.business.account.LoginThrottle.Attempt;
import org.educa.business.account.LoginThrottle.Refused;
import org.omnifaces.cdi.Param;

/**
 * Sign-in, {@code /accounts/login/}: then to {@code next} when it is a path of this site, else to "my courses".
 * Too many failures from one address, or on a hammered account from an address that failed on it, are refused for a
 * while ({@link LoginThrottle}).
 */
@Named("login")
@RequestScoped
public class LoginBacking {

    @Inject
    SignIn signIn;

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
        Attempt attempt = throttle.begin(username, ((HttpServletRequest) external.getRequest()).getRemoteAddr());
        if (attempt instanceof Refused refused) {
            long seconds = refused.seconds();
            error(seconds <= 60 ? MessageFormat.format(message("login.slowed"), seconds)
                    : MessageFormat.format(message("login.throttled"), (seconds + 59) / 60));
            return;
        }
        switch (signIn.as(username, password)) {
            case SUCCESS -> {
                throttle.succeeded((Allowed) attempt);
                signIn.continueTo(next);
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
