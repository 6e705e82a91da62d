package org.educa.business.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.educa.business.events.EmailAddressChanged;

/**
 * Mails the confirmation link of an address once the change that gave it has committed, in a transaction of its own:
 * a change rolled back mails nothing, and a failure here (logged) never undoes the registration or the profile change;
 * the person can ask for the link again.
 *
 * <p>A bean apart from {@link EmailConfirmations} on purpose: Weld does not intercept a bean's methods while the same
 * bean is already being intercepted higher up the stack, and an after-commit observer runs inside the commit of the
 * service method that fired the event ({@link EmailConfirmations#sendAgain}); here the new transaction always begins.
 */
@ApplicationScoped
public class ConfirmationMailer {

    private static final Logger LOG = Logger.getLogger(ConfirmationMailer.class.getName());

    private final EmailConfirmations confirmations;

    @Inject
    public ConfirmationMailer(EmailConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    /** For the CDI proxy only. */
    protected ConfirmationMailer() {
        this(null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onAddressChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailAddressChanged change) {
        try {
            confirmations.send(change.userId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "No confirmation link mailed to user " + change.userId());
        }
    }
}
