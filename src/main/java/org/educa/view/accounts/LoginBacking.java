package org.educa.view.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.educa.business.account.LoginThrottle;
import org.educa.business.account.LoginThrottle.Allowed;
import org.educa.business.account.LoginThrottle.Attempt;
import org.educa.business.account.LoginThrottle.Refused;
import org.educa.business.monitor.OperatorMetrics;
import org.educa.model.User;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Sign-in, {@code /accounts/login/}: then on as {@link SignIn#continueTo} says. Too many failures from one address, or
 * on a hammered account from an address that failed on it, are refused for a while ({@link LoginThrottle}). A refusal
 * is the form's error, read with both fields.
 */
@Named("login")
@RequestScoped
public class LoginBacking {

    private static final String FORM = "login";

    @Inject
    SignIn signIn;

    @Inject
    LoginThrottle throttle;

    @Inject
    OperatorMetrics metrics;

    @Inject
    @Param(name = "next")
    String next;

    @Inject
    @Param(name = "reset")
    String reset;

    @NotBlank(message = "{username.required}")
    @Size(max = User.USERNAME_MAX, message = "{username.tooLong}")
    private String username;

    @NotEmpty(message = "{password.required}")
    private String password;

    public void signIn() throws IOException {
        Attempt attempt = throttle.begin(username, Faces.getRequest().getRemoteAddr());
        if (attempt instanceof Refused refused) {
            metrics.signIn(OperatorMetrics.SignIn.THROTTLED);
            long seconds = refused.seconds();
            boolean minutes = seconds > 60;
            FormErrors.onForm(FORM, minutes ? "login.throttled" : "login.slowed",
                    minutes ? (seconds + 59) / 60 : seconds);
            return;
        }
        switch (signIn.as(username, password)) {
            case SUCCESS -> {
                metrics.signIn(OperatorMetrics.SignIn.SUCCEEDED);
                throttle.succeeded((Allowed) attempt);
                signIn.continueTo(next, "overview.invitedSignedIn");
            }
            case SEND_CONTINUE -> Faces.responseComplete();
            default -> {
                metrics.signIn(OperatorMetrics.SignIn.FAILED);
                FormErrors.onForm(FORM, "login.failed");
                FormErrors.markInvalid(FORM + ":username", FORM + ":password"); // one of them, which is not told
            }
        }
    }

    /** Whether the person comes from setting a new password ({@code ?reset=done}): the page says it worked. */
    public boolean isResetDone() {
        return "done".equals(reset);
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
