package org.educa.config.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.educa.view.accounts.SessionKept;

/** Lets a session that ended its account's sessions go on ({@link SessionFormMechanism#keepSignedIn}). */
@ApplicationScoped
public class KeptSessions {

    void keep(@Observes SessionKept kept) {
        SessionFormMechanism.keepSignedIn(kept.session(), kept.sessionVersion());
    }
}
