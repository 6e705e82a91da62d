package org.educa.business.account;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits password guessing: at most {@code educa.login.max-failures} (10) failed sign-ins per account and per
 * address within {@code educa.login.window-minutes} (15); beyond that, sign-ins are refused without checking the
 * password until the window of the first failure has passed.
 *
 * <p>The counters live in a Hazelcast map, so every cluster member sees the same ones, and each is changed under the
 * map's cluster-wide key lock. An attempt is counted as failed <em>before</em> the password is checked and given
 * back when it succeeds, so parallel attempts can never check more than the limit. Unknown usernames count like
 * known ones. If Hazelcast fails, sign-in goes on unthrottled (logged) rather than locking everyone out.
 */
@ApplicationScoped
public class LoginThrottle {

    static final String MAP = "educa-login-failures";

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    @Inject
    HazelcastInstance hazelcast;

    @Inject
    @ConfigProperty(name = "educa.login.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "educa.login.window-minutes", defaultValue = "15")
    int windowMinutes;

    /** The outcome of {@link #begin}: refused for some minutes, or allowed to check the password. */
    public sealed interface Attempt permits Refused, Allowed {
    }

    /** Too many failures: try again in {@code minutes}. */
    public record Refused(long minutes) implements Attempt {
    }

    /** Counted as failed until {@link LoginThrottle#succeeded} says otherwise. */
    public record Allowed(String account, String address) implements Attempt {
    }

    /**
     * Reserves an attempt for this username from this address: refused when either already has the maximum of
     * failures in the window; otherwise both counters go up by one.
     */
    public Attempt begin(String username, String address) {
        String account = accountKey(username);
        String from = addressKey(address);
        try {
            OptionalLong wait = reserve(account);
            if (wait.isPresent()) {
                return new Refused(wait.getAsLong());
            }
            wait = reserve(from);
            if (wait.isPresent()) {
                giveBack(account);
                return new Refused(wait.getAsLong());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sign-in throttling is unavailable; attempt allowed", e);
            return new Allowed(null, null);
        }
        return new Allowed(account, from);
    }

    /** The attempt was right: its address gets its reservation back, and the account starts afresh. */
    public void succeeded(Allowed attempt) {
        if (attempt.account() == null) {
            return;
        }
        try {
            giveBack(attempt.address());
            map().delete(attempt.account());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not reset sign-in failures", e);
        }
    }

    /** Failures counted for an account now (for tests and operators). */
    public int failuresOfAccount(String username) {
        return Counter.parse(map().get(accountKey(username))).count();
    }

    /** Forgets every counter, on every member. */
    public void forgetAll() {
        map().clear();
    }

    private OptionalLong reserve(String key) {
        IMap<String, String> map = map();
        lock(map, key);
        try {
            long now = System.currentTimeMillis();
            Counter counter = Counter.parse(map.get(key));
            if (counter.expiresAt() <= now) {
                counter = new Counter(0, now + TimeUnit.MINUTES.toMillis(windowMinutes));
            }
            if (counter.count() >= maxFailures) {
                return OptionalLong.of(Math.max(1, (counter.expiresAt() - now + 59_999) / 60_000));
            }
            Counter next = new Counter(counter.count() + 1, counter.expiresAt());
            map.put(key, next.toString(), Math.max(1, next.expiresAt() - now), TimeUnit.MILLISECONDS);
            return OptionalLong.empty();
        } finally {
            map.unlock(key);
        }
    }

    private void giveBack(String key) {
        IMap<String, String> map = map();
        lock(map, key);
        try {
            long now = System.currentTimeMillis();
            Counter counter = Counter.parse(map.get(key));
            if (counter.count() <= 1 || counter.expiresAt() <= now) {
                map.delete(key);
            } else {
                map.put(key, new Counter(counter.count() - 1, counter.expiresAt()).toString(),
                        counter.expiresAt() - now, TimeUnit.MILLISECONDS);
            }
        } finally {
            map.unlock(key);
        }
    }

    private static void lock(IMap<String, String> map, String key) {
        try {
            if (!map.tryLock(key, 10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("sign-in counter busy: " + key);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private IMap<String, String> map() {
        return hazelcast.getMap(MAP);
    }

    static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }

    /** A count of failures and when its window ends, kept as text so that any member can read it. */
    record Counter(int count, long expiresAt) {

        static Counter parse(String value) {
            if (value == null) {
                return new Counter(0, 0);
            }
            int colon = value.indexOf(':');
            return new Counter(Integer.parseInt(value.substring(0, colon)), Long.parseLong(value.substring(colon + 1)));
        }

        @Override
        public String toString() {
            return count + ":" + expiresAt;
        }
    }
}
