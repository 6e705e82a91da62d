package org.educa.business.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.educa.business.account.GridCounters.Counter;
import org.educa.model.User;
import org.junit.jupiter.api.Test;

/** The pure rules of sign-in throttling; the counting itself is proven on Payara by SecurityIT. */
class LoginThrottleTest {

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
}
