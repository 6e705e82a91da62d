package org.educa.business.account;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.educa.business.account.GridCounters.Reservation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits registrations per address: registering tells whether a username is taken, so at most
 * {@code educa.registration.max-attempts} (20) submitted registrations, made or refused, from one address within
 * {@code educa.registration.window-minutes} (15); beyond that, refused unchecked until the window of the first one has
 * passed. Counted in a Hazelcast map, atomically where each counter lives, like {@link LoginThrottle}; if Hazelcast fails,
 * registration goes on unthrottled (logged).
 */
@ApplicationScoped
public class RegistrationThrottle {

    static final String MAP = "educa-registration-attempts";

    private static final Logger LOG = Logger.getLogger(RegistrationThrottle.class.getName());

    private final HazelcastInstance hazelcast;
    private final int maxAttempts;
    private final int windowMinutes;

    @Inject
    public RegistrationThrottle(HazelcastInstance hazelcast,
            @ConfigProperty(name = "educa.registration.max-attempts", defaultValue = "20") int maxAttempts,
            @ConfigProperty(name = "educa.registration.window-minutes", defaultValue = "15") int windowMinutes) {
        this.hazelcast = hazelcast;
        this.maxAttempts = maxAttempts;
        this.windowMinutes = windowMinutes;
    }

    /** For the CDI proxy only. */
    protected RegistrationThrottle() {
        this(null, 0, 0);
    }

    /**
     * Counts a registration attempt from this address.
     *
     * @return empty when it may go on; else the minutes to wait
     */
    public OptionalLong begin(String address) {
        try {
            Reservation reserved = new GridCounters(hazelcast.getMap(MAP))
                    .reserve("address:" + (address == null ? "" : address), maxAttempts,
                            TimeUnit.MINUTES.toMillis(windowMinutes));
            return reserved.isRefused() ? OptionalLong.of((reserved.waitMillis() + 59_999) / 60_000)
                    : OptionalLong.empty();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Registration throttling is unavailable; attempt allowed", e);
            return OptionalLong.empty();
        }
    }

    /** Forgets every counter, on every member. */
    public void forgetAll() {
        hazelcast.getMap(MAP).clear();
    }
}
