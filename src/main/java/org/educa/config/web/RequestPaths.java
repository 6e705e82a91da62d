package org.educa.config.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The path a request names, as the container acts on it: decoded, normalised, without path parameters
 * ({@code getServletPath() + getPathInfo()}), the path servlets are chosen by. Access is decided on this path only,
 * and only when the request spelled it plainly: a raw URI that differs from it ({@code ;x}, {@code ;jsessionid=},
 * {@code %2e}, {@code %6c}, {@code /./}, {@code ..}, {@code //}, a trailing {@code /.}) names the same thing in a
 * second way, which no page of Educa needs and which is how filters that read the raw URI get walked around.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The request's path within the application, if its raw URI spells exactly that path. */
    public static Optional<String> canonical(HttpServletRequest request) {
        String contextPath = request.getContextPath();
        String raw = request.getRequestURI();
        if (request.isRequestedSessionIdFromURL() // Payara takes ;jsessionid= out of the URI it reports
                || !contextPath.equals(request.getServletContext().getContextPath()) || raw == null
                || !raw.startsWith(contextPath)) {
            return Optional.empty();
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return raw.substring(contextPath.length()).equals(path) && path.startsWith("/") ? Optional.of(path)
                : Optional.empty();
    }
}
