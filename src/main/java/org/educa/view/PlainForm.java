package org.educa.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What the action of every plain HTML form checks before it changes anything (enrolling, marking a module done,
 * leaving a course): that it is a POST, so that a link or an image cannot make the change (405), and that its body
 * carries the session's token ({@link CsrfToken}; 403). A refusal is sent here; the action just stops.
 */
@RequestScoped
public class PlainForm {

    @Inject
    ExternalContext external;

    @Inject
    CsrfToken csrf;

    public boolean isPost() {
        return "POST".equals(((HttpServletRequest) external.getRequest()).getMethod());
    }

    /** Whether the request is a POST with the session's token; if not, 405 or 403 has been answered. */
    public boolean accepted() throws IOException {
        if (!isPost()) {
            external.responseSendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "");
            return false;
        }
        return tokenAccepted();
    }

    /** For a POST: whether its body carries the session's token; if not, 403 has been answered. */
    public boolean tokenAccepted() throws IOException {
        if (!csrf.sentInBody()) {
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "");
            return false;
        }
        return true;
    }
}
