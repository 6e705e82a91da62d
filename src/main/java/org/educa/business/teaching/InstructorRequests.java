package org.educa.business.teaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.account.Actors;
import org.educa.business.account.SignedInUser;
import org.educa.business.events.UserChanged;
import org.educa.business.mail.Letter;
import org.educa.business.mail.Links;
import org.educa.business.mail.Outbox;
import org.educa.model.InstructorRequest;
import org.educa.model.InstructorRequest.Status;
import org.educa.model.Role;
import org.educa.model.User;

/**
 * Becoming an instructor: a signed-in student who is not one asks, with a short motivation (one open request at a
 * time); an administrator grants the request (the INSTRUCTOR role, at the person's next request) or refuses it, with
 * an optional reason; either way the person gets a mail in their language ({@code teach.granted},
 * {@code teach.refused}, with a link to the page to go on from), which the {@link Outbox} sends once the decision has
 * committed. An account without an e-mail address gets no mail; its page shows the decision all the same.
 *
 * <p>Every method checks its caller first ({@link Actors}): asking and reading one's own request need an active
 * account, listing and deciding need ADMIN; anyone else is refused with {@code AccessDeniedException}, nothing changed.
 * Bad input is refused with a {@link BusinessException} whose key names the problem, nothing changed.
 */
@ApplicationScoped
@Transactional
public class InstructorRequests {

    private static final Logger LOG = Logger.getLogger(InstructorRequests.class.getName());
    private static final String BUNDLE = "org.educa.messages";
    /** The pages the mails link to: the routes {@code course.mine} and {@code accounts.teach} (InstructorRequestsTest). */
    static final String TEACHING_PAGE = "/course/mine/";
    static final String ASKING_PAGE = "/accounts/teach/";

    private final EntityManager em;
    private final Actors actors;
    private final Event<UserChanged> changed;
    private final Outbox outbox;
    private final Links links;

    @Inject
    public InstructorRequests(EntityManager em, Actors actors, Event<UserChanged> changed, Outbox outbox,
            Links links) {
        this.em = em;
        this.actors = actors;
        this.changed = changed;
        this.outbox = outbox;
        this.links = links;
    }

    /** For the CDI proxy only. */
    protected InstructorRequests() {
        this(null, null, null, null, null);
    }

    /** The caller's latest request, open or decided, if they ever asked. */
    public Optional<MyRequest> latest(Long actorId) {
        long actor = actors.requireSignedIn(actorId).id();
        return latestOf(actor).map(MyRequest::of);
    }

    /** Whether the caller teaches already (then there is nothing to ask). */
    public boolean isInstructor(Long actorId) {
        return actors.requireSignedIn(actorId).roles().contains(Role.INSTRUCTOR);
    }

    /**
     * Files the caller's request to teach. Refused: an instructor ({@code teach.alreadyInstructor}), a second open
     * request ({@code teach.alreadyOpen}, also when two arrive at once), a motivation left blank
     * ({@code teach.motivation.required}) or longer than {@link InstructorRequest#MOTIVATION_MAX}
     * ({@code teach.motivation.tooLong}).
     */
    public void ask(Long actorId, String motivation) {
        SignedInUser actor = actors.requireSignedIn(actorId);
        if (actor.roles().contains(Role.INSTRUCTOR)) {
            throw new BusinessException("teach.alreadyInstructor");
        }
        String text = motivationOf(motivation);
        if (latestOf(actor.id()).filter(InstructorRequest::isOpen).isPresent()) {
            throw new BusinessException("teach.alreadyOpen");
        }
        em.persist(new InstructorRequest(em.getReference(User.class, actor.id()), text));
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique open_for: another request of this person committed since the check above
            throw new BusinessException("teach.alreadyOpen");
        }
    }

    /** The motivation as it is kept: without white space around it and with one kind of line break. */
    static String motivationOf(String motivation) {
        String text = motivation == null ? "" : motivation.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw new BusinessException("teach.motivation.required");
        }
        if (text.length() > InstructorRequest.MOTIVATION_MAX) {
            throw new BusinessException("teach.motivation.tooLong", InstructorRequest.MOTIVATION_MAX, text.length());
        }
        return text;
    }

    /** How many requests wait for a decision. */
    public long countOpen(Long actorId) {
        actors.requireAdmin(actorId);
        return em.createNamedQuery("InstructorRequest.countOpen", Long.class).setParameter("status", Status.OPEN)
                .getSingleResult();
    }

    /** The requests that wait for a decision, oldest first, in one statement. */
    public List<OpenRequest> open(Long actorId) {
        actors.requireAdmin(actorId);
        return em.createNamedQuery("Teaching.openRequests", OpenRequest.class).setParameter("status", Status.OPEN)
                .getResultList();
    }

    /** Makes the request's author an instructor and mails them so. */
    public User grant(Long actorId, long requestId) {
        long admin = actors.requireAdmin(actorId).id();
        InstructorRequest request = openRequest(requestId);
        request.decide(true, admin, "");
        User user = request.getUser();
        user.grant(Role.INSTRUCTOR);
        em.flush();
        changed.fire(new UserChanged(user.getId(), user.getUsername()));
        mail(user, "teach.granted", links.to(TEACHING_PAGE));
        return user;
    }

    /**
     * Refuses the request, with an optional reason (at most {@link InstructorRequest#REASON_MAX} characters:
     * {@code teach.reason.tooLong}) that the mail to its author quotes.
     */
    public User refuse(Long actorId, long requestId, String reason) {
        long admin = actors.requireAdmin(actorId).id();
        String why = reason == null ? "" : reason.replace("\r\n", "\n").strip();
        if (why.length() > InstructorRequest.REASON_MAX) {
            throw new BusinessException("teach.reason.tooLong", InstructorRequest.REASON_MAX, why.length());
        }
        InstructorRequest request = openRequest(requestId);
        request.decide(false, admin, why);
        User user = request.getUser();
        em.flush();
        String said = why.isEmpty()
                ? ResourceBundle.getBundle(BUNDLE, user.getLanguage().locale()).getString("mail.teach.refused.noReason")
                : why;
        mail(user, "teach.refused", said, links.to(ASKING_PAGE));
        return user;
    }

    /** The request, locked until the decision commits, so that two administrators cannot both decide it. */
    private InstructorRequest openRequest(long requestId) {
        InstructorRequest request = em.find(InstructorRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFoundException("instructor request " + requestId);
        }
        if (!request.isOpen()) {
            throw new BusinessException("teach.request.decided", request.getUser().getFullName());
        }
        return request;
    }

    private void mail(User user, String kind, String... values) {
        if (user.getEmail().isBlank()) {
            LOG.info(() -> "No mail " + kind + " to user " + user.getId() + ": the account has no e-mail address");
            return;
        }
        outbox.send(Letter.of(user.getEmail(), user.getFullName(), user.getLanguage(), kind, values));
    }

    private Optional<InstructorRequest> latestOf(long userId) {
        return em.createNamedQuery("InstructorRequest.ofUser", InstructorRequest.class).setParameter("userId", userId)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
