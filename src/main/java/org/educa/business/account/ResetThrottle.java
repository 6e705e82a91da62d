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
 * Limits requests for password reset links, cluster-wide in a Hazelcast map like {@link LoginThrottle}. Within
 * {@code educa.password-reset.window-minutes} (60): one address may ask {@code educa.password-reset.address-max} (10)
 * times, whatever it types, and is then told to wait (that says nothing about any account); one account is sent at
 * most {@code educa.password-reset.account-max} (3) links, and a further request for it gets the usual answer and no
 * mail, so that nobody can flood someone's mailbox nor learn from the answer that the account exists. If Hazelcast
 * fails, requests go on unthrottled (logged).
 */
@ApplicationScoped
public class ResetThrottle {

    static final String MAP = "educa-password-reset-requests";

    private static final Logger LOG = Logger.getLogger(ResetThrottle.class.getName());

    private final HazelcastInstance hazelcast;
    private final int addressMax;
    private final int accountMax;
    private final int windowMinutes;

    @Inject
    public ResetThrottle(HazelcastInstance hazelcast,
            @ConfigProperty(name = "educa.password-reset.address-max", defaultValue = "10") int addressMax,
            @ConfigProperty(name = "educa.password-reset.account-max", defaultValue = "3") int accountMax,
            @ConfigProperty(name = "educa.password-reset.window-minutes", defaultValue = "60") int windowMinutes) {
        this.hazelcast = hazelcast;
        this.addressMax = addressMax;
        this.accountMax = accountMax;
        this.windowMinutes = windowMinutes;
    }

    /** For the CDI proxy only. */
    protected ResetThrottle() {
        this(null, 0, 0, 0);
    }

    /** Counts a request from this address: empty when it may go on, else the minutes to wait. */
    public OptionalLong fromAddress(String address) {
        Reservation reserved = reserve("address:" + (address == null ? "" : address), addressMax);
        return reserved.isRefused() ? OptionalLong.of((reserved.waitMillis() + 59_999) / 60_000) : OptionalLong.empty();
    }

    /** Counts a link for this account: whether one may be sent. */
    public boolean forAccount(long userId) {
        return !reserve("account:" + userId, accountMax).isRefused();
    }

    /** Forgets every counter, on every member. */
    public void forgetAll() {
        hazelcast.getMap(MAP).clear();
    }

    private Reservation reserve(String key, int max) {
        try {
            return new GridCounters(hazelcast.getMap(MAP)).reserve(key, max, TimeUnit.MINUTES.toMillis(windowMinutes));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Password reset throttling is unavailable; request allowed", e);
            return Reservation.allowed(0);
        }
    }
}
