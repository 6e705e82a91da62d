package org.educa.business.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form of the account pages refused by its service, every problem at once: by field name, in the form's order, the
 * bundle keys (or texts, from Bean Validation) to show under each. Nothing was changed.
 */
public class FormRefused extends RuntimeException {

    private static final long serialVersionUID = 4208937266120571345L;

    private final LinkedHashMap<String, List<String>> problems;

    public FormRefused(Map<String, List<String>> problems) {
        super("refused: " + problems.keySet());
        this.problems = new LinkedHashMap<>(problems);
    }

    /** The fields' problems, the fields in the form's order. */
    public Map<String, List<String>> problems() {
        return Collections.unmodifiableMap(problems);
    }

    public boolean concerns(String field) {
        return problems.containsKey(field);
    }
}
