package org.educa.business.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a visitor typed into the registration form, and which rules it breaks, by field: "username", "password"
 * (the first password field) and "confirmation".
 */
public record Registration(String username, String password, String confirmation) {

    public Map<String, List<String>> problems() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<String> usernameProblems = UsernamePolicy.check(username);
        if (!usernameProblems.isEmpty()) {
            problems.put("username", usernameProblems);
        }
        if (password == null || password.isEmpty()) {
            problems.put("password", List.of("password.required"));
        } else {
            List<String> passwordProblems = PasswordPolicy.check(password, usernameProblems.isEmpty() ? username : null);
            if (!passwordProblems.isEmpty()) {
                problems.put("password", new ArrayList<>(passwordProblems));
            }
        }
        if (confirmation == null || confirmation.isEmpty()) {
            problems.put("confirmation", List.of("password.confirmationRequired"));
        } else if (password != null && !password.equals(confirmation)) {
            problems.put("confirmation", List.of("password.mismatch"));
        }
        return problems;
    }
}
