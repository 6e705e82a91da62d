package org.educa.business.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import jakarta.validation.Valid;
import org.educa.business.BusinessException;

/**
 * Turns a valid registration ({@link RegistrationDraft}'s constraints, checked before the method runs) into a student
 * account; refuses a taken username ({@code account.username.taken}) or e-mail address ({@code account.email.taken}),
 * also when two arrive at once.
 */
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

    @Transactional(Transactional.TxType.NEVER)
    public void register(@Valid RegistrationDraft registration) {
        try {
            users.register(registration);
        } catch (BusinessException | PersistenceException | TransactionalException e) {
            if (isTaken(registration.getUsername())) {
                throw new BusinessException("account.username.taken");
            }
            if (isEmailTaken(registration.getEmail())) {
                throw new BusinessException("account.email.taken");
            }
            throw e;
        }
    }

    /** Whether an account has this username in any case, for a form that shows every problem at once. */
    public boolean isTaken(String username) {
        return users.isUsernameTaken(username);
    }

    /** Whether an account has this e-mail address in any case. */
    public boolean isEmailTaken(String email) {
        return users.isEmailTaken(email, null);
    }
}
