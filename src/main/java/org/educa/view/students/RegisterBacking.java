package org.educa.view.students;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.educa.business.account.Registration;
import org.educa.business.account.RegistrationService;
import org.educa.business.account.RegistrationThrottle;
import org.educa.view.accounts.SignIn;
import org.omnifaces.cdi.Param;

/**
 * Registration, {@code /students/register/}: every broken rule is shown next to its field; a new student is signed in
 * at once and goes to "my courses" (or back to the course that sent them here). Too many registrations from one
 * address are refused unchecked for a while ({@link RegistrationThrottle}): each one tells whether a username is taken.
 */
@Named("register")
@RequestScoped
public class RegisterBacking {

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationThrottle throttle;

    @Inject
    SignIn signIn;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    @Param(name = "next")
    String next;

    private String username;
    private String password;
    private String confirmation;

    public void submit() throws IOException {
        OptionalLong wait = throttle.begin(((HttpServletRequest) external.getRequest()).getRemoteAddr());
        if (wait.isPresent()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(text("register.throttled"), wait.getAsLong()), null));
            return;
        }
        Map<String, List<String>> problems =
                registrations.register(new Registration(trimmed(username), password, confirmation));
        if (!problems.isEmpty()) {
            problems.forEach((field, keys) -> keys.forEach(key -> faces.addMessage("register:" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null))));
            return;
        }
        signIn.as(trimmed(username), password);
        signIn.continueTo(next);
    }

    private String text(String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
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

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
