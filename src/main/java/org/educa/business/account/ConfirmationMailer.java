package org.educa.business.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.educa.business.events.EmailAddressChanged;
import org.educa.business.mail.Links;

/**
 * Mails the confirmation link of an address once the change that gave it has committed: a change rolled back mails
 * nothing, and a failure here (logged) never undoes the registration or the profile change; the person can ask for
 * the link again.
 *
 * <p>The link is made on the managed executor, in a transaction of its own, not inside the commit that fired the
 * event: a transaction begun there (Weld calls after-commit observers from the committing transaction's completion)
 * left the request's thread holding the finished one, whose entity manager was closed, and Weld does not intercept an
 * observer of the bean whose method is committing. The address the link starts with is taken here, on the request's
 * thread ({@link Links}: {@code EDUCA_PUBLIC_URL}, else the request's own).
 */
@ApplicationScoped
public class ConfirmationMailer {

    private static final Logger LOG = Logger.getLogger(ConfirmationMailer.class.getName());

    @Resource
    private ManagedExecutorService executor;

    private final EmailConfirmations confirmations;
    private final Links links;

    @Inject
    public ConfirmationMailer(EmailConfirmations confirmations, Links links) {
        this.confirmations = confirmations;
        this.links = links;
    }

    /** For the CDI proxy only. */
    protected ConfirmationMailer() {
        this(null, null);
    }

    void onAddressChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailAddressChanged change) {
        String page = links.to(EmailConfirmations.PATH);
        executor.execute(() -> {
            try {
                confirmations.send(change.userId(), page);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "No confirmation link mailed to user " + change.userId());
            }
        });
    }
}
