package org.educa.business.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.educa.view.Routes;
import org.junit.jupiter.api.Test;

/** The confirmation link's token (the shared {@link Tokens}) and its page's route. */
class EmailConfirmationLinkTest {

    @Test
    void tokensAre43UrlSafeCharactersAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Tokens.newToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertTrue(Tokens.looksLikeToken(token));
            assertTrue(seen.add(token), "a token came twice: " + token);
        }
    }

    @Test
    void onlyTheSha256OfATokenIsKept() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
        String token = Tokens.newToken();
        assertEquals(64, Tokens.hash(token).length());
        assertNotEquals(token, Tokens.hash(token));
    }

    @Test
    void whatIsNoTokenIsNotLookedUp() {
        for (String bad : new String[] {null, "", "short", "a".repeat(42), "a".repeat(44), "a".repeat(42) + "=",
            "a".repeat(42) + "/", "a".repeat(42) + "%", "' OR 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}) {
            assertFalse(Tokens.looksLikeToken(bad), String.valueOf(bad));
        }
    }

    @Test
    void theMailedLinkIsTheConfirmationRoute() {
        String token = Tokens.newToken();
        assertEquals(Routes.path("accounts.confirm", token), EmailConfirmations.PATH + token + "/");
        assertEquals("accounts.confirm", Routes.find(EmailConfirmations.PATH + token + "/").orElseThrow().route().name());
        assertTrue(Routes.find(EmailConfirmations.PATH + token + "x/").isEmpty(), "a token too long is no route");
    }
}
