package org.educa.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret of the HTTP session, sent with the plain HTML forms that change something (enroll, sign out).
 * Faces forms carry their view state instead. The secret is a plain string attribute of the session, made at sign-in
 * ({@link #renew}): a signed-in session travels through the cluster after every request, so it holds as little as
 * it can.
 */
@Named
@RequestScoped
public class CsrfToken {

    public static final String PARAMETER = "csrf";

    static final String ATTRIBUTE = "educa.csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    /** This session's secret, made now if the session has none yet. */
    public String getToken() {
        return of(request.getSession());
    }

    /** The secret of this session, made now if it has none yet (for filters, which need no request-scoped bean). */
    public static String of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof String token ? token : renew(session);
    }

    public String getParameter() {
        return PARAMETER;
    }

    /**
     * Whether the request's form body carries this session's token, compared in constant time. A token in the query
     * string does not count: it would be in logs, histories and Referer headers.
     */
    public boolean sentInBody() {
        return !inQueryString() && matches(request.getParameter(PARAMETER));
    }

    private boolean inQueryString() {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0];
            try {
                if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals(PARAMETER)) {
                    return true;
                }
            } catch (IllegalArgumentException malformed) {
                return true; // not readable, so not to be trusted either
            }
        }
        return false;
    }

    /** Whether {@code sent} is this session's token, compared in constant time. */
    public boolean matches(String sent) {
        HttpSession session = request.isRequestedSessionIdFromURL() ? null : request.getSession(false);
        return sent != null && session != null && session.getAttribute(ATTRIBUTE) instanceof String token
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }

    /** Gives the session a new secret (at sign-in, so that no token seen before it is worth anything). */
    public static String renew(HttpSession session) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }
}
