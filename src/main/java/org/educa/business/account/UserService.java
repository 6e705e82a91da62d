package org.educa.business.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.educa.business.BusinessException;
import org.educa.business.cache.CacheNames;
import org.educa.business.cache.Cached;
import org.educa.business.events.EmailAddressChanged;
import org.educa.model.Role;
import org.educa.model.User;

/** Creates accounts and finds them by username. */
@ApplicationScoped
@Transactional
public class UserService {

    private final EntityManager em;
    private final PasswordHasher hasher;
    private final Event<EmailAddressChanged> addressChanged;

    @Inject
    public UserService(EntityManager em, PasswordHasher hasher, Event<EmailAddressChanged> addressChanged) {
        this.em = em;
        this.hasher = hasher;
        this.addressChanged = addressChanged;
    }

    /** For the CDI proxy only. */
    protected UserService() {
        this(null, null, null);
    }

    public Optional<User> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("User.findByUsername", User.class)
                .setParameter("key", User.keyOf(username))
                .getResultStream()
                .findFirst();
    }

    /**
     * The account as a session needs it on each request, cached by username (evicted when the user changes). A read
     * of one row with its roles (fetched by the query): it joins a transaction if there is one and starts none of its
     * own, whose begin and commit were 2.2 % of an uncached signed-in page.
     */
    @Cached(CacheNames.USERS)
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignedInUser summary(String username) {
        return findByUsername(username)
                .map(UserService::summaryOf)
                .orElse(null);
    }

    /**
     * The same summary by the account's id, for the services' own checks of who is acting ({@link Actors}): cached
     * in the same cache under the id (a {@code Long}, never equal to a username's key) and forgotten with it. A read
     * without a transaction of its own, as {@link #summary} is.
     */
    @Cached(CacheNames.USERS)
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignedInUser summaryById(long id) {
        return em.createNamedQuery("User.findWithRoles", User.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(UserService::summaryOf)
                .orElse(null);
    }

    private static SignedInUser summaryOf(User user) {
        return new SignedInUser(user.getId(), user.getUsername(), user.getFullName(), user.isActive(),
                user.getRoles(),
                user.getSessionVersion());
    }

    public boolean isUsernameTaken(String username) {
        return em.createNamedQuery("User.countByUsername", Long.class)
                .setParameter("key", User.keyOf(username))
                .getSingleResult() > 0;
    }

    /** Creates an account with the STUDENT role plus the given ones; the password must already be validated. */
    public User create(String username, String password, String firstName, String lastName, Role... roles) {
        if (isUsernameTaken(username)) {
            throw new BusinessException("account.username.taken");
        }
        User user = new User(username, hasher.hash(password));
        user.setFirstName(firstName);
        user.setLastName(lastName);
        for (Role role : roles) {
            user.grant(role);
        }
        em.persist(user);
        em.flush();
        return user;
    }

    /**
     * Whether an account other than {@code exceptId} (null: any account) has this e-mail address, in any case. Empty is
     * nobody's address.
     */
    public boolean isEmailTaken(String email, Long exceptId) {
        String key = User.emailKeyOf(email);
        return key != null && em.createNamedQuery("User.countByEmail", Long.class)
                .setParameter("key", key)
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    /**
     * A new student's account from a valid registration, with its unconfirmed e-mail address (a confirmation link is
     * mailed once it commits: {@link EmailAddressChanged}) and the language of the page it was made on.
     */
    public User register(RegistrationDraft registration) {
        if (isEmailTaken(registration.getEmail(), null)) {
            throw new BusinessException("account.email.taken");
        }
        User user = create(registration.getUsername(), registration.getPassword(), registration.getFirstName(),
                registration.getLastName());
        user.setEmail(registration.getEmail());
        user.setLanguage(registration.getLanguage());
        em.flush();
        addressChanged.fire(new EmailAddressChanged(user.getId()));
        return user;
    }

    public long count() {
        return em.createNamedQuery("User.count", Long.class).getSingleResult();
    }
}
