package org.educa.view.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.educa.view.CsrfToken;
import org.educa.view.RouteLinks;

/**
 * Sign-out, {@code /accounts/logout/}. A GET only asks; the POST (with the session's token) signs out, ends the
 * session and comes back here to say so.
 */
@Named("logout")
@RequestScoped
public class LogoutBacking {

    @Inject
    ExternalContext external;

    @Inject
    CsrfToken csrf;

    public void onLoad() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        if (request.getUserPrincipal() != null && !csrf.sentInBody()) {
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "");
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        RouteLinks.redirectTo("accounts.logout");
    }
}
