package org.educa.view.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.educa.business.BusinessException;
import org.educa.business.account.EmailConfirmations;
import org.educa.business.account.EmailConfirmations.Outcome;
import org.educa.business.account.EmailConfirmations.State;
import org.educa.view.ActiveUser;
import org.educa.view.Routes;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * The page a confirmation link opens, {@code /accounts/confirm/{token}/}: its GET only says what the link is (mail
 * scanners fetch links), its "Confirm my address" button confirms. A link that no longer works says why, and offers a
 * new one: to the signed-in, a button that mails it; to visitors, signing in first (and coming back here).
 */
@Named("confirm")
@RequestScoped
public class ConfirmBacking {

    @Inject
    EmailConfirmations confirmations;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "token")
    String token;

    private Outcome outcome;
    private String sentTo;

    @PostConstruct
    void load() {
        outcome = confirmations.check(token);
    }

    public void confirm() {
        outcome = confirmations.confirm(token);
    }

    public void sendAgain() {
        try {
            sentTo = confirmations.sendAgain(activeUser.getId());
        } catch (BusinessException e) {
            Messages.addGlobalInfo(e.getMessageKey(), e.getArguments());
        }
    }

    public String getState() {
        return outcome.state().name();
    }

    public boolean isValid() {
        return outcome.state() == State.VALID;
    }

    public boolean isConfirmed() {
        return outcome.state() == State.CONFIRMED;
    }

    /** Whether the link works no more: the page says why and offers a new one. */
    public boolean isDead() {
        return !isValid() && !isConfirmed();
    }

    public String getEmail() {
        return outcome.email();
    }

    /** The address a new link has just been mailed to, else null. */
    public String getSentTo() {
        return sentTo;
    }

    /** This page's path, for coming back after signing in. */
    public String getPath() {
        return Routes.path("accounts.confirm", token);
    }
}
