package org.educa.business.account;

import java.util.List;
import java.util.Map;

/** A form that sets a password: checked by {@link ValidPassword} against {@link PasswordPolicy}. */
public interface NewPassword {

    /**
     * The message keys of the password rules the form breaks, by field ("password", "confirmation"); a field left
     * empty is its own constraint's to report.
     */
    Map<String, List<String>> passwordProblems();
}
