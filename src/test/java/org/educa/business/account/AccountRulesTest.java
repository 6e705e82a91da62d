package org.educa.business.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educa.model.User;
import org.junit.jupiter.api.Test;

/** Issue 17, profile: how addresses and names are kept and compared, and a new password's rules. */
class AccountRulesTest {

    @Test
    void addressesAreKeptWithoutSurroundingSpaceAndComparedRegardlessOfCase() {
        User user = new User("ada", "hash");
        user.setEmail("  Ada@Example.ORG\t");
        assertEquals("Ada@Example.ORG", user.getEmail());
        assertEquals("ada@example.org", User.emailKeyOf(user.getEmail()));
        assertEquals(User.emailKeyOf("ADA@example.org"), User.emailKeyOf(" ada@EXAMPLE.org "));
        assertNull(User.emailKeyOf("   "), "no address is nobody's address: no key to collide");
        assertNull(User.emailKeyOf(null));
    }

    @Test
    void registrationAndProfileKeepWhatWasTypedWithoutTheSpaceAroundIt() {
        RegistrationDraft registration = new RegistrationDraft("ada", "x", "x");
        registration.setEmail(" ada@example.org ");
        registration.setFirstName("  Ada ");
        registration.setLastName(null);
        assertEquals("ada@example.org", registration.getEmail());
        assertEquals("Ada", registration.getFirstName());
        assertNull(registration.getLastName());
        ProfileDraft profile = new ProfileDraft(" Grace ", " Hopper", " g@example.org ", null);
        assertEquals("Grace", profile.getFirstName());
        assertEquals("g@example.org", profile.getEmail());
        assertEquals(org.educa.model.Language.DEFAULT, profile.getLanguage());
    }

    @Test
    void aNewPasswordFollowsTheRegistrationRulesForTheAccountsUsername() {
        PasswordChange change = new PasswordChange("old", "frederick1", "frederick1");
        change.forUsername("frederick");
        assertEquals(Map.of("password", List.of("password.tooSimilar")), change.passwordProblems());
        PasswordChange numeric = new PasswordChange("old", "12345678", "12345670");
        numeric.forUsername("marie");
        Map<String, List<String>> problems = numeric.passwordProblems();
        assertTrue(problems.get("password").contains("password.numeric"), problems.toString());
        assertEquals(List.of("password.mismatch"), problems.get("confirmation"));
        PasswordChange good = new PasswordChange("old", "Radium-and-Polonium", "Radium-and-Polonium");
        good.forUsername("marie");
        assertEquals(Map.of(), good.passwordProblems());
    }

    @Test
    void aRefusedFormKeepsItsFieldsInTheFormsOrder() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        problems.put("current", List.of("password.currentWrong"));
        problems.put("password", List.of("password.tooShort", "password.common"));
        FormRefused refused = new FormRefused(problems);
        assertEquals(List.of("current", "password"), List.copyOf(refused.problems().keySet()));
        assertTrue(refused.concerns("current"));
    }
}
