package org.educa.config.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;
import org.educa.business.account.PasswordHasher;
import org.educa.business.account.UserService;
import org.educa.model.User;

/**
 * Checks a username and password against Educa's accounts. An unknown username costs as much time as a wrong
 * password, and a deactivated account is refused like a wrong password.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    private final UserService users;
    private final PasswordHasher hasher;

    @Inject
    public UserIdentityStore(UserService users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    /** For the CDI proxy only. */
    protected UserIdentityStore() {
        this(null, null);
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        Optional<User> user = users.findByUsername(credential.getCaller());
        if (user.isEmpty()) {
            hasher.verifyDecoy(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        User found = user.get();
        if (!hasher.verify(password, found.getPasswordHash()) || !found.isActive()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(found.getUsername(),
                found.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
