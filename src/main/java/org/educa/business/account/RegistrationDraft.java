package org.educa.business.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educa.model.User;

/**
 * What a visitor types into the registration form, with Django's rules for it: the username's on its field, the
 * password's ({@link PasswordPolicy}, which needs the username) and the confirmation's on the whole form
 * ({@link ValidPassword}). That the username is free is the service's to check.
 */
@ValidPassword
public class RegistrationDraft {

    /** Letters, digits and {@code @ . + - _}, as Django allows in usernames. */
    public static final String USERNAME_PATTERN = "[\\p{L}\\p{Nd}@.+\\-_]+";

    @NotBlank(message = "{username.required}")
    @Size(max = User.USERNAME_MAX, message = "{username.tooLong}")
    @Pattern(regexp = USERNAME_PATTERN, message = "{username.invalid}")
    private String username;

    @NotEmpty(message = "{password.required}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{password.tooLong}")
    private String password;

    @NotEmpty(message = "{password.confirmationRequired}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{password.tooLong}")
    private String confirmation;

    public RegistrationDraft() {
    }

    public RegistrationDraft(String username, String password, String confirmation) {
        this.username = username;
        this.password = password;
        this.confirmation = confirmation;
    }

    /**
     * The message keys of the password rules this draft breaks, by field ("password", "confirmation"); a field left
     * empty is its own constraint's to report.
     */
    Map<String, List<String>> passwordProblems() {
        return PasswordPolicy.problems(password, confirmation, username);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
