package org.educa.business.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.educa.model.Language;
import org.educa.model.User;

/**
 * What a visitor types into the registration form, with Django's rules for it: the username's on its field, the
 * password's ({@link PasswordPolicy}, which needs the username) and the confirmation's on the whole form
 * ({@link ValidPassword}). The e-mail address is required, the names are not; all three are kept without the white
 * space around them. That the username and the address are free is the service's to check.
 */
@ValidPassword
public class RegistrationDraft implements NewPassword {

    /** Letters, digits and {@code @ . + - _}, as Django allows in usernames. */
    public static final String USERNAME_PATTERN = "[\\p{L}\\p{Nd}@.+\\-_]+";

    /** On top of the address syntax {@code @Email} checks: a domain with a dot, no spaces ({@code ada@example.org}). */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    @NotBlank(message = "{username.required}")
    @Size(max = User.USERNAME_MAX, message = "{username.tooLong}")
    @Pattern(regexp = USERNAME_PATTERN, message = "{username.invalid}")
    private String username;

    @NotBlank(message = "{field.required}")
    @Size(max = User.EMAIL_MAX, message = "{field.tooLong}")
    @Email(regexp = EMAIL_PATTERN, message = "{email.invalid}")
    private String email;

    @Size(max = User.NAME_MAX, message = "{field.tooLong}")
    private String firstName;

    @Size(max = User.NAME_MAX, message = "{field.tooLong}")
    private String lastName;

    /** The language of the page the visitor registered on: the one Educa writes its mails to them in. */
    private Language language = Language.DEFAULT;

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
    @Override
    public Map<String, List<String>> passwordProblems() {
        return PasswordPolicy.problems(password, confirmation, username);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = stripped(email);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = stripped(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = stripped(lastName);
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language == null ? Language.DEFAULT : language;
    }

    static String stripped(String text) {
        return text == null ? null : text.strip();
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
