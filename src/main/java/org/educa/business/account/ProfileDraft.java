package org.educa.business.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.educa.model.Language;
import org.educa.model.User;

/** What a person may change on their profile page: names, e-mail address (required) and the language of their mails. */
public class ProfileDraft {

    @Size(max = User.NAME_MAX, message = "{field.tooLong}")
    private String firstName;

    @Size(max = User.NAME_MAX, message = "{field.tooLong}")
    private String lastName;

    @NotBlank(message = "{field.required}")
    @Size(max = User.EMAIL_MAX, message = "{field.tooLong}")
    @Email(regexp = RegistrationDraft.EMAIL_PATTERN, message = "{email.invalid}")
    private String email;

    private Language language = Language.DEFAULT;

    public ProfileDraft() {
    }

    public ProfileDraft(String firstName, String lastName, String email, Language language) {
        setFirstName(firstName);
        setLastName(lastName);
        setEmail(email);
        setLanguage(language);
    }

    static ProfileDraft of(User user) {
        return new ProfileDraft(user.getFirstName(), user.getLastName(), user.getEmail(), user.getLanguage());
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = RegistrationDraft.stripped(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = RegistrationDraft.stripped(lastName);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = RegistrationDraft.stripped(email);
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language == null ? Language.DEFAULT : language;
    }
}
