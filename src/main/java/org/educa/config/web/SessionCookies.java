package org.educa.config.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Tells the request's {@link HardenedResponse} when the container is about to add a session cookie: it fires on the
 * request's thread when a session is made or given a new id (at sign-in), just before the container adds the
 * cookie's header, so that the response checks its headers at the next write instead of at every one.
 */
@WebListener
public class SessionCookies implements HttpSessionListener, HttpSessionIdListener {

    private static final ThreadLocal<HardenedResponse> CURRENT = new ThreadLocal<>();

    /** Makes {@code response} the one told on this thread; returns the one it replaces (an error page's outer one). */
    static HardenedResponse serve(HardenedResponse response) {
        HardenedResponse previous = CURRENT.get();
        CURRENT.set(response);
        return previous;
    }

    /** Puts back the response {@link #serve} replaced, passing on that a session cookie may still be pending. */
    static void restore(HardenedResponse served, HardenedResponse previous) {
        if (previous == null) {
            CURRENT.remove();
            return;
        }
        if (served.isSessionCookiePending()) {
            previous.sessionCookieComing();
        }
        CURRENT.set(previous);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        coming();
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        coming();
    }

    private static void coming() {
        HardenedResponse response = CURRENT.get();
        if (response != null) {
            response.sessionCookieComing();
        }
    }
}
