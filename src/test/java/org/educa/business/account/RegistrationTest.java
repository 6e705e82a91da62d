package org.educa.business.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.educa.model.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Django's UserCreationForm rules and its four default password validators. */
class RegistrationTest {

    private static final String GOOD = "Radium-and-Polonium";

    @Test
    void aGoodRegistrationHasNoProblems() {
        assertEquals(Map.of(), new RegistrationDraft("marie", GOOD, GOOD).passwordProblems());
        assertEquals(List.of(), violations(new RegistrationDraft("marie", GOOD, GOOD)));
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
                new RegistrationDraft("marie", password, password).passwordProblems());
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
        assertEquals(Map.of("password", List.of("password.tooSimilar")),
                new RegistrationDraft("frederick", "frederick1", "frederick1").passwordProblems());
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
        assertFalse(username.matches(RegistrationDraft.USERNAME_PATTERN), username);
    }

    @Test
    void usernameRulesFollowDjango() throws Exception {
        assertTrue("marie.curie+lab@x_y-z".matches(RegistrationDraft.USERNAME_PATTERN));
        assertTrue("Zoë".matches(RegistrationDraft.USERNAME_PATTERN));
        assertEquals(User.USERNAME_MAX, RegistrationDraft.class.getDeclaredField("username").getAnnotation(Size.class)
                .max(), "the column's length");
    }

    @Test
    void usernamesAreKeptWithoutTheSpacesAroundThemAndComparedInAnyCase() {
        assertEquals("marie", User.normalized(" marie\u2003"));
        assertEquals("", User.normalized(null));
        assertEquals(User.keyOf("Marie"), User.keyOf("  mARIE "));
    }

    @Test
    void theConfirmationMustMatch() {
        assertEquals(Map.of("confirmation", List.of("password.mismatch")),
                new RegistrationDraft("marie", GOOD, "Radium").passwordProblems());
        assertEquals(Map.of(), new RegistrationDraft("marie", GOOD, "").passwordProblems(),
                "an empty confirmation is its field's constraint to report");
    }

    @Test
    void everyBrokenRuleIsReportedOnItsField() {
        RegistrationDraft draft = new RegistrationDraft("bad name", "1234", "4321");
        assertEquals(List.of("password.tooShort", "password.common", "password.numeric"),
                draft.passwordProblems().get("password"));
        assertEquals(List.of("password.mismatch"), draft.passwordProblems().get("confirmation"));
        assertEquals(List.of("password {password.tooShort}", "password {password.common}",
                "password {password.numeric}", "confirmation {password.mismatch}"), violations(draft));
    }

    /** What {@link ValidPassword.Validator} reports, as "field {template}". */
    private static List<String> violations(RegistrationDraft draft) {
        List<String> reported = new ArrayList<>();
        ConstraintValidatorContext context = fake(ConstraintValidatorContext.class, (method, arguments) ->
                switch (method) {
                    case "disableDefaultConstraintViolation" -> null;
                    case "buildConstraintViolationWithTemplate" -> fake(ConstraintViolationBuilder.class, (built, on) ->
                            fake(NodeBuilderCustomizableContext.class, (added, nothing) -> {
                                reported.add(on[0] + " " + arguments[0]);
                                return null;
                            }));
                    default -> throw new UnsupportedOperationException(method);
                });
        boolean valid = new ValidPassword.Validator().isValid(draft, context);
        assertEquals(reported.isEmpty(), valid, "invalid when, and only when, a rule is broken");
        return reported;
    }

    /** An implementation of {@code type} that answers every call with {@code answer} (method name, arguments). */
    private static <T> T fake(Class<T> type, BiFunction<String, Object[], Object> answer) {
        return type.cast(Proxy.newProxyInstance(loader(), new Class<?>[] {type},
                (proxy, method, arguments) -> answer.apply(method.getName(), arguments)));
    }

    private static ClassLoader loader() {
        return RegistrationTest.class.getClassLoader();
    }
}
