package org.educa.view.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.OptionalLong;
import org.educa.business.BusinessException;
import org.educa.business.account.PasswordResets;
import org.educa.business.mail.Links;
import org.educa.view.Routes;
import org.omnifaces.util.Faces;

/**
 * "Forgot your password?", {@code /accounts/password/forgot/}: a username or an e-mail address, and always the same
 * answer, whether an account matches or not ({@link PasswordResets}); only an address that asked too often is told to
 * wait.
 */
@Named("forgot")
@RequestScoped
public class ForgotBacking {

    private static final String FORM = "forgot";

    @Inject
    PasswordResets resets;

    @Inject
    Links links;

    private String identifier;
    private boolean sent;

    public void submit() {
        try {
            OptionalLong wait = resets.request(identifier, Faces.getRequest().getRemoteAddr(),
                    token -> links.to(Routes.path("accounts.reset", token)));
            if (wait.isPresent()) {
                FormErrors.onForm(FORM, "reset.throttled", wait.getAsLong());
                return;
            }
            sent = true;
        } catch (BusinessException e) {
            FormErrors.onField(FORM + ":identifier", e.getMessageKey(), e.getArguments());
        }
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    /** Whether the request was taken: the page then says what happens next instead of the form. */
    public boolean isSent() {
        return sent;
    }
}
