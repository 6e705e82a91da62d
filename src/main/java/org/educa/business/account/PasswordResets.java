package org.educa.business.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.educa.business.BusinessException;
import org.educa.business.events.UserChanged;
import org.educa.business.mail.Letter;
import org.educa.business.mail.Outbox;
import org.educa.model.PasswordReset;
import org.educa.model.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Forgot your password?": a link by mail that sets a new one.
 * <ul>
 * <li>A request names a username or an e-mail address and always gets the same answer, whether an account matches
 * or not. A link is mailed only to an active account's <em>confirmed</em> address (a mistyped or someone else's
 * address given at registration receives nothing), and at most as often as {@link ResetThrottle} allows.</li>
 * <li>The link carries a {@link Tokens token}; only its hash is stored. It works for
 * {@code educa.password-reset.minutes} (60), once, and not after the account's password changed by any road (the
 * account's session number, {@link User#endSessions}).</li>
 * <li>Setting the new password follows the registration's rules, ends every session of the account, and kills every
 * other link of it.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    private final EntityManager em;
    private final PasswordHasher hasher;
    private final ResetThrottle throttle;
    private final Outbox outbox;
    private final Event<UserChanged> changed;
    private final int minutes;

    @Inject
    public PasswordResets(EntityManager em, PasswordHasher hasher, ResetThrottle throttle, Outbox outbox,
            Event<UserChanged> changed,
            @ConfigProperty(name = "educa.password-reset.minutes", defaultValue = "60") int minutes) {
        this.em = em;
        this.hasher = hasher;
        this.throttle = throttle;
        this.outbox = outbox;
        this.changed = changed;
        this.minutes = minutes;
    }

    /** For the CDI proxy only. */
    protected PasswordResets() {
        this(null, null, null, null, null, 0);
    }

    /** The account a working link resets, as its page shows it. */
    public record ResetLink(String username) {
    }

    /**
     * Mails a reset link to the accounts this username or address names, if any may have one (see the class).
     *
     * @param linkFor the page's absolute address for a token
     * @return empty: the usual answer ("if an account matches, a link is on its way"); else the minutes this address
     *         must wait before asking again
     */
    public OptionalLong request(String usernameOrEmail, String address, Function<String, String> linkFor) {
        String identifier = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (identifier.isEmpty()) {
            throw new BusinessException("reset.identifierRequired");
        }
        if (identifier.length() > User.EMAIL_MAX) {
            throw new BusinessException("reset.identifierTooLong");
        }
        OptionalLong wait = throttle.fromAddress(address);
        if (wait.isPresent()) {
            return wait;
        }
        LocalDateTime now = now();
        em.createNamedQuery("PasswordReset.deleteExpired").setParameter("now", now).executeUpdate();
        for (User user : accounts(identifier)) {
            if (user.isActive() && user.isEmailVerified() && !user.getEmail().isBlank()
                    && throttle.forAccount(user.getId())) {
                String token = Tokens.newToken();
                em.persist(new PasswordReset(user, Tokens.hash(token), now.plusMinutes(minutes)));
                outbox.send(Letter.of(user.getEmail(), user.getFullName(), user.getLanguage(), "reset",
                        linkFor.apply(token), String.valueOf(minutes), user.getUsername()));
            }
        }
        return OptionalLong.empty();
    }

    /** The account a link resets, if the link works now. */
    public Optional<ResetLink> open(String token) {
        return valid(token).map(reset -> new ResetLink(reset.getUser().getUsername()));
    }

    /**
     * Sets the new password of the link's account, if the link still works and the password follows the rules
     * ({@link FormRefused} otherwise, by field, the link kept); then the link and every other one of the account are dead
     * and every session of it ends. Two uses of one link at once: one sets the password, the other is refused.
     */
    public void reset(String token, String password, String confirmation) {
        PasswordReset reset = valid(token).orElseThrow(() -> new BusinessException("reset.invalid"));
        User user = reset.getUser();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (password == null || password.isEmpty()) {
            problems.put("password", List.of("password.required"));
        }
        if (confirmation == null || confirmation.isEmpty()) {
            problems.put("confirmation", List.of("password.confirmationRequired"));
        }
        PasswordPolicy.problems(password, confirmation, user.getUsername()).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new FormRefused(problems);
        }
        // The row lock of this delete makes a second use of the same link wait, and then find nothing to delete.
        int used = em.createQuery("DELETE FROM PasswordReset r WHERE r.tokenHash = :hash")
                .setParameter("hash", Tokens.hash(token)).executeUpdate();
        if (used != 1) {
            throw new BusinessException("reset.invalid");
        }
        user.setPasswordHash(hasher.hash(password));
        user.endSessions();
        em.createNamedQuery("PasswordReset.deleteOfUser").setParameter("userId", user.getId()).executeUpdate();
        em.flush();
        changed.fire(new UserChanged(user.getId(), user.getUsername()));
    }

    private Optional<PasswordReset> valid(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery("PasswordReset.byTokenHash", PasswordReset.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream()
                .findFirst()
                .filter(reset -> reset.isValidAt(now()));
    }

    /** The account of this username, else the account whose confirmed address this is (in any case). */
    private List<User> accounts(String identifier) {
        List<User> byName = em.createNamedQuery("User.findByUsername", User.class)
                .setParameter("key", User.keyOf(identifier)).getResultList();
        if (!byName.isEmpty() || identifier.indexOf('@') < 0) {
            return byName;
        }
        return em.createNamedQuery("User.findByConfirmedEmail", User.class)
                .setParameter("key", User.emailKeyOf(identifier)).getResultList();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
