package org.educa.business.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A new password for a signed-in account: the current one (checked by the service), and the new one twice, under the
 * rules of registration ({@link ValidPassword}, for the account's username).
 */
@ValidPassword
public class PasswordChange implements NewPassword {

    @NotEmpty(message = "{password.required}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{password.tooLong}")
    private String current;

    @NotEmpty(message = "{password.required}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{password.tooLong}")
    private String password;

    @NotEmpty(message = "{password.confirmationRequired}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{password.tooLong}")
    private String confirmation;

    /** Set by the service from the account, for the similarity rule. */
    private String username;

    public PasswordChange() {
    }

    public PasswordChange(String current, String password, String confirmation) {
        this.current = current;
        this.password = password;
        this.confirmation = confirmation;
    }

    @Override
    public Map<String, List<String>> passwordProblems() {
        return PasswordPolicy.problems(password, confirmation, username);
    }

    void forUsername(String username) {
        this.username = username;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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
