package org.educa.business.account;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.educa.business.account.GridCounters.Counter;
import org.educa.business.account.GridCounters.Reservation;
import org.educa.business.account.GridCounters.Result;
import org.educa.business.account.GridCounters.Rule;
import org.educa.model.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits password guessing without letting anyone lock a person out. Within a window of
 * {@code educa.login.window-minutes} (15):
 * <ul>
 * <li>one address may fail {@code educa.login.pair-max-failures} (5) times on one account; then it may not try that
 * account again until the window of its first failure there has passed;</li>
 * <li>one address may fail {@code educa.login.address-max-failures} (300) times across all accounts; then it may not
 * try any until its window has passed;</li>
 * <li>an account with {@code educa.login.account-slow-after} (10) failures or more is slowed, never locked: an address
 * that has already failed on it must wait, after the account's last failure, 1 second, doubling with each further
 * failure up to {@code educa.login.account-max-delay-seconds} (60). An address that has not failed on it is not
 * delayed, so the owner can sign in while others hammer the account. The account's count lasts until a whole window
 * passes without a failure.</li>
 * </ul>
 * Nothing waits on the server: a refused attempt is told how long to wait.
 *
 * <p>The counters live in a Hazelcast map, so every cluster member sees the same ones, and each is changed in one
 * atomic step where it lives ({@link GridCounters}, an entry processor). An attempt is counted as failed <em>before</em> the password is checked and given
 * back when it succeeds, so parallel attempts can never check more than a limit. Unknown usernames count like known
 * ones. If Hazelcast fails, sign-in goes on unthrottled (logged) rather than locking everyone out.
 */
@ApplicationScoped
public class LoginThrottle {

    static final String MAP = "educa-login-failures";

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    private final HazelcastInstance hazelcast;
    private final int windowMinutes;
    private final int pairMaxFailures;
    private final int addressMaxFailures;
    private final int accountSlowAfter;
    private final int accountMaxDelaySeconds;

    @Inject
    public LoginThrottle(HazelcastInstance hazelcast,
            @ConfigProperty(name = "educa.login.window-minutes", defaultValue = "15") int windowMinutes,
            @ConfigProperty(name = "educa.login.pair-max-failures", defaultValue = "5") int pairMaxFailures,
            @ConfigProperty(name = "educa.login.address-max-failures", defaultValue = "300") int addressMaxFailures,
            @ConfigProperty(name = "educa.login.account-slow-after", defaultValue = "10") int accountSlowAfter,
            @ConfigProperty(name = "educa.login.account-max-delay-seconds", defaultValue = "60")
            int accountMaxDelaySeconds) {
        this.hazelcast = hazelcast;
        this.windowMinutes = windowMinutes;
        this.pairMaxFailures = pairMaxFailures;
        this.addressMaxFailures = addressMaxFailures;
        this.accountSlowAfter = accountSlowAfter;
        this.accountMaxDelaySeconds = accountMaxDelaySeconds;
    }

    /** For the CDI proxy only. */
    protected LoginThrottle() {
        this(null, 0, 0, 0, 0, 0);
    }

    /** The outcome of {@link #begin}: refused for some seconds, or allowed to check the password. */
    public sealed interface Attempt permits Refused, Allowed {
    }

    /** Too many failures: try again in {@code seconds}. */
    public record Refused(long seconds) implements Attempt {
    }

    /**
     * Counted as failed until {@link LoginThrottle#succeeded} says otherwise (no keys: not counted at all); made
     * {@code at}, when the account's last failure before it was {@code lastBefore}.
     */
    public record Allowed(String account, String address, String pair, long at, long lastBefore) implements Attempt {
    }

    /**
     * Reserves an attempt for this username from this address: refused when the pair or the address already has its
     * maximum of failures in the window, or when the account is slowed and this address must still wait; otherwise
     * all three counters go up by one.
     */
    public Attempt begin(String username, String address) {
        String account = accountKey(username);
        String from = addressKey(address);
        String pair = pairKey(username, address);
        try {
            GridCounters counters = counters();
            Reservation onPair = counters.reserve(pair, pairMaxFailures, windowMillis());
            if (onPair.isRefused()) {
                return refused(onPair.waitMillis());
            }
            Reservation onAddress = counters.reserve(from, addressMaxFailures, windowMillis());
            if (onAddress.isRefused()) {
                counters.giveBack(pair);
                return refused(onAddress.waitMillis());
            }
            OnAccount onAccount = counters.change(account, new FailOnAccount(onPair.before() > 0, accountSlowAfter,
                    TimeUnit.SECONDS.toMillis(accountMaxDelaySeconds), windowMillis()));
            if (onAccount.waitMillis() > 0) {
                counters.giveBack(from);
                counters.giveBack(pair);
                return refused(onAccount.waitMillis());
            }
            return new Allowed(account, from, pair, onAccount.at(), onAccount.lastBefore());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sign-in throttling is unavailable; attempt allowed", e);
            return new Allowed(null, null, null, 0, 0);
        }
    }

    /**
     * The attempt was right: the account and the address get their reservations back, and the pair starts afresh
     * (that address knows the password). The account's other failures stay: one person signing in says nothing of
     * who else is guessing.
     */
    public void succeeded(Allowed attempt) {
        if (attempt.account() == null) {
            return;
        }
        try {
            GridCounters counters = counters();
            counters.change(attempt.account(), new GiveBackOnAccount(attempt.at(), attempt.lastBefore()));
            counters.giveBack(attempt.address());
            counters.delete(attempt.pair());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not give back a sign-in attempt", e);
        }
    }

    /** Failures counted for an account now (for tests and operators). */
    public int failuresOfAccount(String username) {
        return counters().current(accountKey(username), System.currentTimeMillis()).count();
    }

    /** Forgets every counter, on every member. */
    public void forgetAll() {
        hazelcast.getMap(MAP).clear();
    }

    /**
     * How long an address that has failed on an account must wait after the account's last failure, when the account
     * has {@code failures} in its window: nothing below {@code slowAfter}, then 1 s, doubling with each failure, at
     * most {@code maxDelayMillis}.
     */
    static long delayMillis(int failures, int slowAfter, long maxDelayMillis) {
        if (failures < slowAfter) {
            return 0;
        }
        return Math.min(maxDelayMillis, 1000L << Math.min(failures - slowAfter, 30));
    }

    /** How long this address must still wait ({@code 0}: counted {@code at}), and the account's last failure before. */
    private record OnAccount(long waitMillis, long at, long lastBefore) implements Serializable {
    }

    /**
     * Counts a failure on the account, unless this address has failed on it before and must still wait after its last
     * failure; the account's window then lasts from this failure.
     */
    private record FailOnAccount(boolean failedHereBefore, int slowAfter, long maxDelayMillis, long windowMillis)
            implements Rule<OnAccount> {

        @Override
        public Result<OnAccount> apply(Counter counter, long now) {
            if (failedHereBefore) {
                long wait = counter.last() + delayMillis(counter.count(), slowAfter, maxDelayMillis) - now;
                if (wait > 0) {
                    return new Result<>(counter, new OnAccount(wait, 0, 0));
                }
            }
            return new Result<>(new Counter(counter.count() + 1, now + windowMillis, now),
                    new OnAccount(0, now, counter.last()));
        }
    }

    /**
     * Takes back a right attempt from its account: one failure fewer, and its last failure what it was before, unless
     * another attempt has failed since; a success is no failure to wait after.
     */
    private record GiveBackOnAccount(long at, long lastBefore) implements Rule<Void> {

        @Override
        public Result<Void> apply(Counter counter, long now) {
            if (counter.count() <= 1) {
                return new Result<>(Counter.NONE, null);
            }
            long last = counter.last() == at ? lastBefore : counter.last();
            return new Result<>(new Counter(counter.count() - 1, counter.expiresAt(), last), null);
        }
    }

    private static Refused refused(long waitMillis) {
        return new Refused(Math.max(1, (waitMillis + 999) / 1000));
    }

    private long windowMillis() {
        return TimeUnit.MINUTES.toMillis(windowMinutes);
    }

    private GridCounters counters() {
        return new GridCounters(hazelcast.getMap(MAP));
    }

    static String accountKey(String username) {
        return "account:" + normalized(username);
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }

    static String pairKey(String username, String address) {
        return "pair:" + (address == null ? "" : address) + " " + normalized(username);
    }

    /**
     * Usernames are keyed as accounts are ({@link User#keyOf}); a name longer than any account's is cut just past that length, so that guesses
     * at impossible names keep the keys small and still match no real account.
     */
    private static String normalized(String username) {
        String name = User.keyOf(username);
        return name.length() > User.USERNAME_MAX ? name.substring(0, User.USERNAME_MAX + 1) : name;
    }
}
