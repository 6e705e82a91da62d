package org.educa.business.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.educa.business.NotFoundException;
import org.educa.business.catalog.CourseTerms;
import org.educa.business.events.EmailAddressChanged;
import org.educa.business.events.UserChanged;
import org.educa.model.User;

/**
 * A person's own account: the profile (names, e-mail address, the language of their mails) and the password. Only the
 * signed-in person changes their own ({@link Actors#requireSignedIn}: the acting user's id is the account's id).
 *
 * <p>A form is checked whole and refused whole ({@link FormRefused}, every problem by field, nothing changed). A new
 * e-mail address is unconfirmed until its link is followed ({@link EmailAddressChanged}, fired in the transaction that
 * stores it); an address is one account's only, in any case. A new password ends every session of the account
 * ({@link User#endSessions}); the caller keeps its own with the number returned.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    private static final List<String> PROFILE_FIELDS = List.of("firstName", "lastName", "email", "language");
    private static final List<String> PASSWORD_FIELDS = List.of("current", "password", "confirmation");

    private final EntityManager em;
    private final Actors actors;
    private final UserService users;
    private final PasswordHasher hasher;
    private final Validator validator;
    private final CourseTerms terms;
    private final Event<UserChanged> userChanged;
    private final Event<EmailAddressChanged> addressChanged;

    @Inject
    public ProfileService(EntityManager em, Actors actors, UserService users, PasswordHasher hasher, Validator validator,
            CourseTerms terms, Event<UserChanged> userChanged, Event<EmailAddressChanged> addressChanged) {
        this.em = em;
        this.actors = actors;
        this.users = users;
        this.hasher = hasher;
        this.validator = validator;
        this.terms = terms;
        this.userChanged = userChanged;
        this.addressChanged = addressChanged;
    }

    /** For the CDI proxy only. */
    protected ProfileService() {
        this(null, null, null, null, null, null, null, null);
    }

    /** What the profile page shows about the caller's account. */
    public record Profile(String username, String email, boolean emailVerified, ProfileDraft draft) {
    }

    public Profile profile(Long actorId) {
        User user = own(actorId);
        return new Profile(user.getUsername(), user.getEmail(), user.isEmailVerified(), ProfileDraft.of(user));
    }

    /**
     * Saves the caller's names, address and language. A changed address (not merely in another case) is unconfirmed
     * and gets a new confirmation link; an address another account has is refused ({@code account.email.taken}).
     */
    public void update(Long actorId, ProfileDraft draft) {
        User user = own(actorId);
        Map<String, List<String>> problems = violations(draft, PROFILE_FIELDS);
        if (!problems.containsKey("email") && users.isEmailTaken(draft.getEmail(), user.getId())) {
            problems.computeIfAbsent("email", field -> new ArrayList<>()).add("account.email.taken");
        }
        if (!problems.isEmpty()) {
            throw new FormRefused(ordered(problems, PROFILE_FIELDS));
        }
        boolean renamed = !user.getFirstName().equals(Objects.requireNonNullElse(draft.getFirstName(), ""))
                || !user.getLastName().equals(Objects.requireNonNullElse(draft.getLastName(), ""));
        boolean newAddress = !Objects.equals(User.emailKeyOf(draft.getEmail()), User.emailKeyOf(user.getEmail()));
        user.setFirstName(draft.getFirstName());
        user.setLastName(draft.getLastName());
        user.setEmail(draft.getEmail());
        user.setLanguage(draft.getLanguage());
        if (newAddress) {
            user.setEmailVerified(false);
        }
        em.flush();
        if (renamed) {
            terms.ownerRenamed(user); // their courses are found by the new name, no more by the old
        }
        userChanged.fire(new UserChanged(user.getId(), user.getUsername()));
        if (newAddress) {
            addressChanged.fire(new EmailAddressChanged(user.getId()));
        }
    }

    /**
     * Asks for another confirmation link for the caller's address; false (nothing sent) when it is already confirmed.
     */
    public boolean sendConfirmationAgain(Long actorId) {
        User user = own(actorId);
        if (user.isEmailVerified() || user.getEmail().isEmpty()) {
            return false;
        }
        addressChanged.fire(new EmailAddressChanged(user.getId()));
        return true;
    }

    /**
     * Sets a new password when the current one is right and the new one follows the rules; every session of the
     * account then ends at its next request, on every member. Returns the account's new session number, for the
     * session that made the change to keep.
     */
    public int changePassword(Long actorId, PasswordChange change) {
        User user = own(actorId);
        change.forUsername(user.getUsername());
        Map<String, List<String>> problems = violations(change, PASSWORD_FIELDS);
        if (!problems.containsKey("current") && !hasher.verify(change.getCurrent(), user.getPasswordHash())) {
            problems.put("current", List.of("password.currentWrong"));
        }
        if (!problems.isEmpty()) {
            throw new FormRefused(ordered(problems, PASSWORD_FIELDS));
        }
        user.setPasswordHash(hasher.hash(change.getPassword()));
        user.endSessions();
        em.flush();
        userChanged.fire(new UserChanged(user.getId(), user.getUsername()));
        return user.getSessionVersion();
    }

    private User own(Long actorId) {
        long id = actors.requireSignedIn(actorId).id();
        User user = em.find(User.class, id);
        if (user == null) {
            throw new NotFoundException("user " + id);
        }
        return user;
    }

    private <T> Map<String, List<String>> violations(T form, List<String> fields) {
        Set<ConstraintViolation<T>> broken = validator.validate(form);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        broken.stream().sorted(Comparator.comparing(ConstraintViolation::getMessage)).forEach(violation -> {
            String path = violation.getPropertyPath().toString();
            problems.computeIfAbsent(path.substring(path.lastIndexOf('.') + 1), field -> new ArrayList<>())
                    .add(violation.getMessage());
        });
        return problems;
    }

    private static Map<String, List<String>> ordered(Map<String, List<String>> problems, List<String> fields) {
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        fields.stream().filter(problems::containsKey).forEach(field -> ordered.put(field, problems.get(field)));
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
