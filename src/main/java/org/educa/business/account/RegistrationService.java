package org.educa.business.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educa.business.BusinessException;
import org.educa.model.User;

/** Turns a valid registration into a student account; refuses a taken username, also when two arrive at once. */
@ApplicationScoped
public class RegistrationService {

    private final UserService users;

    @Inject
    public RegistrationService(UserService users) {
        this.users = users;
    }

    /** For the CDI proxy only. */
    protected RegistrationService() {
        this(null);
    }

    /**
     * @return the problems by field (see {@link Registration#problems()}), empty when the account was made
     */
    @Transactional(Transactional.TxType.NEVER)
    public Map<String, List<String>> register(Registration registration) {
        Map<String, List<String>> problems = new LinkedHashMap<>(registration.problems());
        if (!problems.containsKey("username") && users.isUsernameTaken(registration.username())) {
            problems.put("username", List.of("account.username.taken"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            User user = users.create(registration.username(), registration.password(), "", "");
            return user.getId() == null ? Map.of("username", List.of("account.username.taken")) : Map.of();
        } catch (BusinessException | PersistenceException | jakarta.transaction.TransactionalException e) {
            if (users.isUsernameTaken(registration.username())) {
                return Map.of("username", List.of("account.username.taken"));
            }
            throw e;
        }
    }
}
