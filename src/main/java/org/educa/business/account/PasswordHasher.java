package org.educa.business.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA512 at an iteration count set by configuration (OWASP's 2023 advice,
 * 210,000, by default; the container's own default of 2,048 is far too low).
 */
@ApplicationScoped
public class PasswordHasher {

    private final Pbkdf2PasswordHash pbkdf2;
    private final int iterations;

    /** A hash of a random password, checked when the username is unknown so that both cases take as long. */
    private String decoy;

    @Inject
    public PasswordHasher(Pbkdf2PasswordHash pbkdf2,
            @ConfigProperty(name = "educa.password.iterations", defaultValue = "210000") int iterations) {
        this.pbkdf2 = pbkdf2;
        this.iterations = iterations;
    }

    /** For the CDI proxy only. */
    protected PasswordHasher() {
        this(null, 0);
    }

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(Long.toHexString(System.nanoTime()).toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of one verification, for an unknown username. */
    public void verifyDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
