package org.educa.config.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.educa.business.NotFoundException;

/**
 * Serves Educa's public URLs ({@link Routes}) by forwarding to their Faces views, after checking who may see them:
 * a visitor is sent to sign in, a signed-in user without the role gets 403. A path without its trailing slash is
 * redirected to the one with it. The {@code .xhtml} files themselves are not reachable from outside, and a
 * {@link NotFoundException} thrown while a page is built becomes the 404 page, an unreachable database the 503 page.
 */
@WebFilter(filterName = "router")
public class Router extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    private static final String RESOURCES = "/jakarta.faces.resource/";
    private static final String FACES_MAPPED = "/course/module/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(RESOURCES)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.endsWith(".xhtml")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Matched> match = find(path);
        if (match.isEmpty()) {
            if (!path.endsWith("/") && "GET".equals(request.getMethod()) && find(path + "/").isPresent()) {
                redirectPermanently(request, response, path + "/");
                return;
            }
            if (path.startsWith(FACES_MAPPED)) {
                // the Faces Servlet is mapped here for uploads (web.xml): only the routes above may reach it
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Route route = match.get().route();
        if (!route.access().allows(request)) {
            if (request.getUserPrincipal() == null) {
                response.sendRedirect(request.getContextPath() + "/accounts/login/?next="
                        + URLEncoder.encode(pathWithQuery(request, path), StandardCharsets.UTF_8));
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        forward(request, response, match.get().target());
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException, ServletException {
        try {
            request.getRequestDispatcher(target).forward(request, response);
        } catch (ServletException | RuntimeException e) {
            if (isNotFound(e) && !response.isCommitted()) {
                response.resetBuffer();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (DatabaseDown.causedBy(e) && !response.isCommitted()) {
                LOG.log(Level.WARNING, "Database unavailable: " + request.getRequestURI(), e);
                response.resetBuffer();
                response.setHeader("Retry-After", "30");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            throw e;
        }
    }

    private static boolean isNotFound(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NotFoundException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Matched> find(String path) {
        for (Route route : Routes.ALL) {
            Optional<String> target = route.target(path);
            if (target.isPresent()) {
                return Optional.of(new Matched(route, target.get()));
            }
        }
        return Optional.empty();
    }

    private static String pathWithQuery(HttpServletRequest request, String path) {
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static void redirectPermanently(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + pathWithQuery(request, path));
    }

    private record Matched(Route route, String target) {
    }
}
