package org.educa.business.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.educa.model.User;

/** Django's username rules: required, at most 150 characters, only letters, digits and @ . + - _. */
public final class UsernamePolicy {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Nd}@.+\\-_]+");

    private UsernamePolicy() {
    }

    /** Message keys of the rules this username breaks (its uniqueness is the service's to check). */
    public static List<String> check(String username) {
        List<String> broken = new ArrayList<>();
        if (username == null || username.isBlank()) {
            broken.add("username.required");
        } else if (username.length() > User.USERNAME_MAX) {
            broken.add("username.tooLong");
        } else if (!ALLOWED.matcher(username).matches()) {
            broken.add("username.invalid");
        }
        return broken;
    }
}
