package org.educa.business.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.mail.internet.AddressException;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.educa.business.AfterCompletion;
import org.educa.business.mail.Postman.Delivery;
import org.eclipse.microprofile.config.Config;

/**
 * Where services leave the mails they send. A letter's words are made at once, in the recipient's language; it is
 * sent once the current transaction has committed (never if it rolls back; at once when there is none), on the
 * container's managed executor, never on the request's thread. A mail the server does not take (down, refusing) is
 * tried again later, {@link MailSettings#attempts()} times in all with growing waits, then given up with a log line.
 * Mails waiting for a retry live in this member's memory: a member that stops drops them (the person can ask again:
 * every mail Educa sends is one a person asked for).
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    private final MailSettings settings;
    private final Postman postman;

    /** Container resources, which CDI cannot pass to a constructor. */
    @Resource
    private TransactionSynchronizationRegistry registry;

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    public Outbox(Config config) {
        this.settings = MailSettings.read(name -> config.getOptionalValue(name, String.class));
        this.postman = new Postman(settings);
    }

    /** For the CDI proxy only. */
    protected Outbox() {
        this.settings = null;
        this.postman = null;
    }

    /** Made at start-up, so that the log says at once where mails go. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing: being made is enough (see sayWhereMailsGo)
    }

    @PostConstruct
    void sayWhereMailsGo() {
        if (settings.configured()) {
            LOG.info(() -> "Mails go to " + settings.host().orElseThrow() + ":" + settings.port() + " ("
                    + settings.security().name().toLowerCase(java.util.Locale.ROOT) + ")");
        } else {
            LOG.info("No mail server is configured (EDUCA_SMTP_HOST): mails are written to the log");
        }
    }

    /** Sends the letter once the current transaction commits; see the class. An account without address gets none. */
    public void send(Letter letter) {
        if (letter.to() == null || letter.to().isBlank()) {
            LOG.fine(() -> "No address for the mail " + letter.kind());
            return;
        }
        Delivery delivery = new Delivery(letter.to(), letter.name(), MailText.of(letter));
        AfterCompletion.run(registry, committed -> {
            if (committed) {
                attempt(delivery, 1, 0);
            }
        });
    }

    private void attempt(Delivery delivery, int attempt, long delaySeconds) {
        try {
            executor.schedule(() -> deliver(delivery, attempt), delaySeconds, TimeUnit.SECONDS);
        } catch (RejectedExecutionException stopping) {
            LOG.warning(() -> "Mail to " + delivery.to() + " dropped: the server is stopping");
        }
    }

    private void deliver(Delivery delivery, int attempt) {
        try {
            postman.deliver(delivery);
        } catch (AddressException wrong) {
            LOG.warning(() -> "Mail not sent: " + delivery.to() + " is no address a mail can go to: " + wrong.getMessage());
        } catch (Exception e) {
            if (attempt < settings.attempts()) {
                long delay = settings.delaySecondsBefore(attempt + 1);
                LOG.log(Level.WARNING, "Mail to " + delivery.to() + " not sent (attempt " + attempt + " of "
                        + settings.attempts() + "); trying again in " + delay + " s: " + e);
                attempt(delivery, attempt + 1, delay);
            } else {
                LOG.log(Level.SEVERE, "Mail to " + delivery.to() + " given up after " + attempt + " attempts", e);
            }
        }
    }
}
