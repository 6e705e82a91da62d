package org.educa.business.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;
import org.educa.business.BusinessException;
import org.educa.business.events.EmailAddressChanged;
import org.educa.business.events.UserChanged;
import org.educa.business.mail.Letter;
import org.educa.business.mail.Links;
import org.educa.business.mail.Outbox;
import org.educa.model.EmailConfirmation;
import org.educa.model.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail addresses confirmed by their owners (issue 17). Whenever an account gets an address it has not confirmed
 * ({@link EmailAddressChanged}, once that change has committed: {@link ConfirmationMailer}) a link with a random token
 * goes to that address (the {@code verify} mail); the page the link opens ({@code /accounts/confirm/{token}/}) shows what the link is and
 * only its POST confirms: mail scanners fetch links. A token confirms the address it was mailed to, and only while it is
 * still the account's, once, within {@code educa.email-confirmation.hours}. At most
 * {@code educa.email-confirmation.max-per-hour} links are mailed to an account an hour, so that nobody can use Educa
 * to flood someone's mailbox.
 */
@ApplicationScoped
@Transactional
public class EmailConfirmations {

    /** The path of the confirmation page before its token (the route {@code accounts.confirm}). */
    public static final String PATH = "/accounts/confirm/";

    private static final Logger LOG = Logger.getLogger(EmailConfirmations.class.getName());

    /** What a link is, or became once it was used. */
    public enum State {
        /** It may confirm its address: a POST will. */
        VALID,
        /** It has just confirmed its address. */
        CONFIRMED,
        /** It confirmed its address before; it does nothing more. */
        USED,
        /** Its time ran out. */
        EXPIRED,
        /** The account has another address now: the link confirms nothing. */
        ADDRESS_CHANGED,
        /** No such link (mistyped, cut off, or its account deleted). */
        UNKNOWN
    }

    /** What a link is, and the address it was mailed to when it may still be shown (valid or confirmed). */
    public record Outcome(State state, String email) {

        static Outcome of(State state) {
            return new Outcome(state, "");
        }
    }

    private final EntityManager em;
    private final Outbox outbox;
    private final Actors actors;
    private final Event<EmailAddressChanged> addressChanged;
    private final Event<UserChanged> userChanged;
    private final int hours;
    private final int maxPerHour;
    private final Links links;

    @Inject
    public EmailConfirmations(EntityManager em, Outbox outbox, Actors actors, Event<EmailAddressChanged> addressChanged,
            Event<UserChanged> userChanged, Links links,
            @ConfigProperty(name = "educa.email-confirmation.hours", defaultValue = "48") int hours,
            @ConfigProperty(name = "educa.email-confirmation.max-per-hour", defaultValue = "5") int maxPerHour) {
        this.em = em;
        this.outbox = outbox;
        this.actors = actors;
        this.addressChanged = addressChanged;
        this.userChanged = userChanged;
        this.hours = hours;
        this.maxPerHour = maxPerHour;
        this.links = links;
    }

    /** For the CDI proxy only. */
    protected EmailConfirmations() {
        this(null, null, null, null, null, null, 48, 5);
    }

    /**
     * Makes a token for the account's current address and mails its link ({@code mail.verify.*}, in the account's
     * language): the token, or nothing when the account has no address, has confirmed it already, or has been mailed
     * {@code max-per-hour} links in the last hour.
     */
    public Optional<String> send(long userId) {
        return send(userId, links.to(PATH));
    }

    /** {@link #send(long)} with the address of the confirmation page taken before ({@code .../accounts/confirm/}). */
    public Optional<String> send(long userId, String page) {
        User user = em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null || user.getEmail().isBlank() || user.isEmailVerified()) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        if (sentInTheLastHour(userId, now) >= maxPerHour) {
            LOG.info(() -> "No confirmation link mailed to user " + userId + ": " + maxPerHour + " in the last hour");
            return Optional.empty();
        }
        em.createNamedQuery("EmailConfirmation.deleteOld").setParameter("userId", userId)
                .setParameter("before", now.minusDays(1)).executeUpdate();
        String token = Tokens.newToken();
        em.persist(new EmailConfirmation(user, Tokens.hash(token), user.getEmail(), now.plusHours(hours)));
        outbox.send(Letter.of(user.getEmail(), user.getFullName(), user.getLanguage(), "verify", page + token + "/",
                String.valueOf(hours)));
        return Optional.of(token);
    }

    /** What the link of this token is, changing nothing (the page's GET). */
    public Outcome check(String token) {
        return find(token, LockModeType.NONE).map(found -> {
            State state = stateOf(found, now());
            return state == State.VALID ? new Outcome(state, found.getEmail()) : Outcome.of(state);
        }).orElse(Outcome.of(State.UNKNOWN));
    }

    /**
     * Confirms the address of the token's link if the link is still {@link State#VALID}: the account's address is then
     * confirmed and the link used up. The token's row is locked, so of two requests at once one confirms and the other
     * finds the link used.
     */
    public Outcome confirm(String token) {
        Optional<EmailConfirmation> found = find(token, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return Outcome.of(State.UNKNOWN);
        }
        EmailConfirmation confirmation = found.get();
        LocalDateTime now = now();
        State state = stateOf(confirmation, now);
        if (state != State.VALID) {
            return Outcome.of(state);
        }
        confirmation.use(now);
        User user = confirmation.getUser();
        user.setEmailVerified(true);
        userChanged.fire(new UserChanged(user.getId(), user.getUsername()));
        return new Outcome(State.CONFIRMED, confirmation.getEmail());
    }

    /**
     * "Send me a new link", for the signed-in account itself: refused when it has no address
     * ({@code confirm.noAddress}), has confirmed it ({@code confirm.alreadyConfirmed}) or had its links for this hour
     * ({@code confirm.tooMany}); otherwise the address, to which a new link goes once this transaction commits.
     */
    public String sendAgain(Long actorId) {
        SignedInUser actor = actors.requireSignedIn(actorId);
        User user = em.find(User.class, actor.id());
        if (user == null || user.getEmail().isBlank()) {
            throw new BusinessException("confirm.noAddress");
        }
        if (user.isEmailVerified()) {
            throw new BusinessException("confirm.alreadyConfirmed", user.getEmail());
        }
        if (sentInTheLastHour(user.getId(), now()) >= maxPerHour) {
            throw new BusinessException("confirm.tooMany");
        }
        addressChanged.fire(new EmailAddressChanged(user.getId()));
        return user.getEmail();
    }

    /** Whether the account's current address is confirmed (what password resets ask before they mail anything). */
    public boolean isConfirmed(long userId) {
        User user = em.find(User.class, userId);
        return user != null && !user.getEmail().isBlank() && user.isEmailVerified();
    }

    private Optional<EmailConfirmation> find(String token, LockModeType lock) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery("EmailConfirmation.findByHash", EmailConfirmation.class)
                .setParameter("hash", Tokens.hash(token))
                .setLockMode(lock)
                .getResultStream().findFirst();
    }

    private static State stateOf(EmailConfirmation confirmation, LocalDateTime now) {
        if (confirmation.isUsed()) {
            return State.USED;
        }
        if (confirmation.isExpired(now)) {
            return State.EXPIRED;
        }
        if (!confirmation.getEmail().equals(confirmation.getUser().getEmail())) {
            return State.ADDRESS_CHANGED;
        }
        return State.VALID;
    }

    private long sentInTheLastHour(long userId, LocalDateTime now) {
        return em.createNamedQuery("EmailConfirmation.countSince", Long.class).setParameter("userId", userId)
                .setParameter("since", now.minusHours(1)).getSingleResult();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
