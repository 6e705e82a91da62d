package org.educa.business.account;

import java.util.List;
import java.util.Map;
import org.educa.business.BusinessException;

/** A new password that breaks {@link PasswordPolicy}'s rules: the message keys of each, by field. */
public class RejectedPassword extends BusinessException {

    private final transient Map<String, List<String>> problems;

    public RejectedPassword(Map<String, List<String>> problems) {
        super("password.rejected");
        this.problems = Map.copyOf(problems);
    }

    /** The broken rules' message keys by field ("password", "confirmation"), in the fields' order. */
    public Map<String, List<String>> problems() {
        return problems;
    }
}
