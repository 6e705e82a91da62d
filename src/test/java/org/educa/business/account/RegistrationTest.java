package org.educa.business.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Django's UserCreationForm rules and its four default password validators. */
class RegistrationTest {

    @Test
    void aGoodRegistrationHasNoProblems() {
        assertEquals(Map.of(), new Registration("marie", "Radium-and-Polonium", "Radium-and-Polonium").problems());
    }

    @Test
    void shortPasswordsAreRefused() {
        assertEquals(List.of("password.tooShort"), PasswordPolicy.check("Xq7#pLm", "marie"));
        assertEquals(List.of(), PasswordPolicy.check("Xq7#pLm2", "marie"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD", "qwertyuiop", "iloveyou", "sunshine1", "  letmein  "})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertTrue(PasswordPolicy.check(password, "someone").contains("password.common"), password);
    }

    @Test
    void entirelyNumericPasswordsAreRefused() {
        assertTrue(PasswordPolicy.check("73914682", "marie").contains("password.numeric"));
        assertFalse(PasswordPolicy.check("7391468a2", "marie").contains("password.numeric"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"        ", "                    ", " ", "\t \t \t \t "})
    void passwordsOfOnlySpacesAreRefusedWithTheirOwnMessage(String password) {
        assertEquals(List.of("password.blank"), PasswordPolicy.check(password, "marie"));
        assertEquals(Map.of("password", List.of("password.blank")),
                new Registration("marie", password, password).problems());
    }

    @Test
    void spacesAroundOtherCharactersAreAllowed() {
        assertEquals(List.of(), PasswordPolicy.check("  Radium and Polonium  ", "marie"));
    }

    @Test
    void passwordsLikeTheUsernameAreRefused() {
        assertTrue(PasswordPolicy.check("frederick1", "frederick").contains("password.tooSimilar"));
        assertTrue(PasswordPolicy.check("CLARAsch1", "clara.schumann").contains("password.tooSimilar"));
        assertFalse(PasswordPolicy.check("Romance-In-F-Minor", "clara").contains("password.tooSimilar"));
    }

    @Test
    void quickRatioIsPythonsSequenceMatcherQuickRatio() {
        assertEquals(1.0, PasswordPolicy.quickRatio("abc", "cba"));
        assertEquals(0.0, PasswordPolicy.quickRatio("abc", "xyz"));
        assertEquals(2.0 * 2 / 10, PasswordPolicy.quickRatio("abcd", "abxxxx"), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "semi;colon", "quote'", "<script>", "slash/", ""})
    void usernamesHoldOnlyLettersDigitsAndAFewSigns(String username) {
        assertFalse(UsernamePolicy.check(username).isEmpty(), username);
    }

    @Test
    void usernameRulesFollowDjango() {
        assertEquals(List.of(), UsernamePolicy.check("marie.curie+lab@x_y-z"));
        assertEquals(List.of(), UsernamePolicy.check("Zoë"));
        assertEquals(List.of(), UsernamePolicy.check("u".repeat(150)));
        assertEquals(List.of("username.tooLong"), UsernamePolicy.check("u".repeat(151)));
    }

    @Test
    void theConfirmationMustMatch() {
        Map<String, List<String>> problems = new Registration("marie", "Radium-and-Polonium", "Radium").problems();
        assertEquals(Map.of("confirmation", List.of("password.mismatch")), problems);
        assertEquals(List.of("password.confirmationRequired"),
                new Registration("marie", "Radium-and-Polonium", "").problems().get("confirmation"));
    }

    @Test
    void everyBrokenRuleIsReportedByField() {
        Map<String, List<String>> problems = new Registration("bad name", "1234", "4321").problems();
        assertEquals(List.of("username.invalid"), problems.get("username"));
        assertEquals(List.of("password.tooShort", "password.common", "password.numeric"), problems.get("password"));
        assertEquals(List.of("password.mismatch"), problems.get("confirmation"));
    }
}
