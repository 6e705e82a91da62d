package org.educa.business.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.ExtendedMapEntry;
import com.hazelcast.map.IMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.educa.business.account.GridCounters.Counter;
import org.educa.model.User;
import org.junit.jupiter.api.Test;

/**
 * The rules of sign-in throttling, and the counters' entry processors on a one-member stand-in for Hazelcast's map
 * ({@link #grid}); the counting across a cluster is proven on Payara by SecurityIT and ClusterIT.
 */
class LoginThrottleTest {

    private static final long WINDOW = TimeUnit.MINUTES.toMillis(15);

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Long> timesToLive = new HashMap<>();
    private final LoginThrottle throttle = new LoginThrottle(hazelcast(values, timesToLive), 15, 5, 300, 10, 60);

    @Test
    void anAddressGetsFiveTriesOnAnAccountAndTheOwnerStillSignsIn() {
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("marie", "10.0.0.1"));
        }
        LoginThrottle.Attempt sixth = throttle.begin("marie", "10.0.0.1");
        assertInstanceOf(LoginThrottle.Refused.class, sixth);
        assertTrue(((LoginThrottle.Refused) sixth).seconds() > 14 * 60, "until the first failure's window ends");
        assertEquals(5, throttle.failuresOfAccount("Marie"), "a refused attempt counts nothing");
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("another", "10.0.0.1"), "other accounts");
        LoginThrottle.Attempt owner = throttle.begin("marie", "192.0.2.7");
        assertInstanceOf(LoginThrottle.Allowed.class, owner, "not locked out");
        throttle.succeeded((LoginThrottle.Allowed) owner);
        assertEquals(5, throttle.failuresOfAccount("marie"), "the right attempt is given back");
        assertFalse(values.containsKey(LoginThrottle.pairKey("marie", "192.0.2.7")), "its pair starts afresh");
    }

    @Test
    void aSlowedAccountMakesAnAddressThatFailedOnItWaitButNotANewOne() {
        for (int i = 0; i < 10; i++) {
            assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("marie", "198.51.100." + i));
        }
        LoginThrottle.Attempt again = throttle.begin("marie", "198.51.100.0");
        assertEquals(new LoginThrottle.Refused(1), again, "a second after the account's last failure");
        assertEquals(Counter.parse(values.get(LoginThrottle.addressKey("198.51.100.1"))).count(),
                Counter.parse(values.get(LoginThrottle.addressKey("198.51.100.0"))).count(), "given back");
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("marie", "203.0.113.9"));
        assertEquals(11, throttle.failuresOfAccount("marie"));
    }

    @Test
    void anAccountIsNotSlowedBelowItsThreshold() {
        for (int failures = 0; failures < 10; failures++) {
            assertEquals(0, LoginThrottle.delayMillis(failures, 10, 60_000), failures + " failures");
        }
    }

    @Test
    void theDelayStartsAtOneSecondAndDoublesWithEachFailureUpToTheCap() {
        assertEquals(1_000, LoginThrottle.delayMillis(10, 10, 60_000));
        assertEquals(2_000, LoginThrottle.delayMillis(11, 10, 60_000));
        assertEquals(4_000, LoginThrottle.delayMillis(12, 10, 60_000));
        assertEquals(32_000, LoginThrottle.delayMillis(15, 10, 60_000));
        assertEquals(60_000, LoginThrottle.delayMillis(16, 10, 60_000));
        assertEquals(60_000, LoginThrottle.delayMillis(1_000_000, 10, 60_000), "no overflow");
        assertEquals(1_000, LoginThrottle.delayMillis(3, 3, 60_000), "the threshold is a setting");
    }

    @Test
    void usernamesInAnyCaseAreOneAccountAndOnePairPerAddress() {
        assertEquals(LoginThrottle.accountKey("Marie"), LoginThrottle.accountKey(" marie "));
        assertEquals(LoginThrottle.pairKey("MARIE", "10.0.0.1"), LoginThrottle.pairKey("marie", "10.0.0.1"));
        assertNotEquals(LoginThrottle.pairKey("marie", "10.0.0.1"), LoginThrottle.pairKey("marie", "10.0.0.2"));
    }

    @Test
    void impossiblyLongUsernamesMakeShortKeysThatMatchNoAccount() {
        String longest = "u".repeat(User.USERNAME_MAX);
        String key = LoginThrottle.accountKey("u".repeat(100_000));
        assertEquals("account:".length() + User.USERNAME_MAX + 1, key.length());
        assertNotEquals(LoginThrottle.accountKey(longest), key);
    }

    @Test
    void countersSurviveTheirTextForm() {
        Counter counter = new Counter(7, 1_700_000_900_000L, 1_700_000_000_000L);
        assertEquals(counter, Counter.parse(counter.toString()));
        assertEquals(Counter.NONE, Counter.parse(null));
    }

    @Test
    void aCounterTakesItsMaximumThenRefusesUntilItsWindowEnds() {
        GridCounters counters = new GridCounters(grid(values, timesToLive));
        for (int before = 0; before < 5; before++) {
            assertEquals(GridCounters.Reservation.allowed(before), counters.reserve("pair:x", 5, WINDOW));
        }
        GridCounters.Reservation refused = counters.reserve("pair:x", 5, WINDOW);
        assertTrue(refused.isRefused());
        assertTrue(refused.waitMillis() > WINDOW - 60_000 && refused.waitMillis() <= WINDOW, "the first one's window");
        assertEquals(5, Counter.parse(values.get("pair:x")).count(), "a refusal counts nothing");
        assertTrue(timesToLive.get("pair:x") <= WINDOW, "kept until its window ends");
    }

    @Test
    void givingBackKeepsTheWindowAndTheLastOneForgetsTheCounter() {
        GridCounters counters = new GridCounters(grid(values, timesToLive));
        counters.reserve("address:x", 300, WINDOW);
        counters.reserve("address:x", 300, WINDOW);
        Counter two = Counter.parse(values.get("address:x"));
        counters.giveBack("address:x");
        assertEquals(new Counter(1, two.expiresAt(), two.last()), Counter.parse(values.get("address:x")));
        counters.giveBack("address:x");
        assertFalse(values.containsKey("address:x"));
        counters.giveBack("address:x");
        assertFalse(values.containsKey("address:x"), "nothing to give back is nothing");
    }

    @Test
    void aCounterWhoseWindowHasEndedStartsAfresh() {
        long now = System.currentTimeMillis();
        values.put("pair:x", new Counter(5, now - 1, now - WINDOW).toString());
        assertEquals(GridCounters.Reservation.allowed(0),
                new GridCounters(grid(values, timesToLive)).reserve("pair:x", 5, WINDOW));
    }

    /** A Hazelcast instance with one map for everything, {@link #grid}. */
    static HazelcastInstance hazelcast(Map<String, String> values, Map<String, Long> timesToLive) {
        IMap<String, String> map = grid(values, timesToLive);
        return (HazelcastInstance) Proxy.newProxyInstance(HazelcastInstance.class.getClassLoader(),
                new Class<?>[] {HazelcastInstance.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getMap")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return map;
                });
    }

    /**
     * Hazelcast's map as the counters use it, on one member: each entry processor goes through Java serialization on
     * its way, as it does to the member that owns the key, and a value's time to live is recorded.
     */
    @SuppressWarnings("unchecked")
    static IMap<String, String> grid(Map<String, String> values, Map<String, Long> timesToLive) {
        return (IMap<String, String>) Proxy.newProxyInstance(IMap.class.getClassLoader(), new Class<?>[] {IMap.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "executeOnKey" -> ((EntryProcessor<String, String, ?>) travelled(args[1]))
                            .process(new Entry((String) args[0], values, timesToLive));
                    case "get" -> values.get(args[0]);
                    case "delete" -> {
                        values.remove(args[0]);
                        yield null;
                    }
                    case "clear" -> {
                        values.clear();
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Object travelled(Object processor) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(processor);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    /** An entry of the map, as an entry processor sees it; a null value removes it. */
    private record Entry(String key, Map<String, String> values, Map<String, Long> timesToLive)
            implements ExtendedMapEntry<String, String> {

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getValue() {
            return values.get(key);
        }

        @Override
        public String setValue(String value) {
            return value == null ? values.remove(key) : values.put(key, value);
        }

        @Override
        public String setValue(String value, long ttl, TimeUnit unit) {
            timesToLive.put(key, unit.toMillis(ttl));
            return setValue(value);
        }

        @Override
        public String setValueWithoutChangingExpiryTime(String value) {
            return setValue(value);
        }
    }
}
