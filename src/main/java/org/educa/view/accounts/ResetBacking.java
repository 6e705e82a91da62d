package org.educa.view.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.educa.business.BusinessException;
import org.educa.business.account.FormRefused;
import org.educa.business.account.PasswordResets;
import org.educa.business.account.PasswordResets.ResetLink;
import org.educa.view.Routes;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The page a reset link opens, {@code /accounts/password/reset/{token}/}: a new password, typed twice, for the account
 * the link names; then on to sign in, which says that the password was changed. A link that no longer works (used,
 * expired, the password changed since) says so and offers a new one.
 */
@Named("reset")
@RequestScoped
public class ResetBacking {

    private static final String FORM = "reset";

    @Inject
    PasswordResets resets;

    @Inject
    @Param(name = "token")
    String token;

    private Optional<ResetLink> link = Optional.empty();
    private String password;
    private String confirmation;

    @PostConstruct
    void open() {
        link = resets.open(token);
    }

    public void submit() throws IOException {
        try {
            resets.reset(token, password, confirmation);
        } catch (FormRefused rejected) {
            rejected.problems().forEach((field, keys) -> keys.forEach(key -> FormErrors.onField(FORM + ":" + field, key)));
            return;
        } catch (BusinessException e) {
            link = Optional.empty();
            FormErrors.onForm(FORM, e.getMessageKey(), e.getArguments());
            return;
        }
        jakarta.servlet.http.HttpSession session = Faces.getSession(false);
        if (session != null) {
            session.invalidate(); // whoever was signed in here, the next page starts afresh
        }
        Faces.redirect(Faces.getRequestContextPath() + Routes.path("accounts.login") + "?reset=done");
    }

    /** Whether the link works: the form, else the message that it does not. */
    public boolean isUsable() {
        return link.isPresent();
    }

    public String getUsername() {
        return link.map(ResetLink::username).orElse("");
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
