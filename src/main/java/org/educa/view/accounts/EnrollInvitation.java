package org.educa.view.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import org.educa.view.Routes;

/**
 * The one-time note a person finds on the course overview they left to register or sign in ("Your account is ready.
 * Enroll now to start the course."), shown once, by the first overview of that course after it. It lives in the
 * session, not in the URL: the overview keeps the one address the page cache and the links know (a signed-in person's
 * overview is never cached, so it may say something to them alone), and a session reaches every member of a cluster,
 * where the Faces flash (kept in one server's memory) would not.
 */
@RequestScoped
public class EnrollInvitation {

    static final String ATTRIBUTE = "educa.enrollInvitation";

    /** The course's slug and the bundle key of what to say there. */
    record Note(String slug, String messageKey) implements Serializable {
    }

    @Inject
    HttpServletRequest request;

    /** Leaves the note (bundle key) for the overview that {@code next} is, if it is one; else nothing. */
    public void leaveFor(String next, String messageKey) {
        Optional<Routes.Match> match = next == null ? Optional.empty() : Routes.find(next);
        if (match.isPresent() && match.get().is("course.overview")) {
            request.getSession().setAttribute(ATTRIBUTE, new Note(match.get().parameters().get("slug"), messageKey));
        }
    }

    /** The note left for this course, if any, taken so that it shows only once. */
    public Optional<String> takeFor(String slug) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Note note) || !note.slug().equals(slug)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(note.messageKey());
    }
}
