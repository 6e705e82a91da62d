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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.educa.business.AccessDeniedException;
import org.educa.business.NotFoundException;
import org.educa.view.Route;
import org.educa.view.Routes;
import org.omnifaces.util.Exceptions;

/**
 * The one door to Educa's pages. It decides on the path the container acts on ({@link RequestPaths}), before any
 * servlet runs, and lets through only:
 * <ul>
 * <li>the pages of {@link Routes}, by GET, HEAD or POST, to those their {@link Access} allows (a visitor is sent to
 * sign in, a signed-in user without the role gets 403), forwarded to their views with the path parameters
 * ({@link RoutedRequest});</li>
 * <li>Faces resources ({@code /jakarta.faces.resource/…}) by GET or HEAD, which the Faces Servlet only ever serves
 * as resources;</li>
 * <li>the application's own servlets (media, diagnostics …), which decide for themselves.</li>
 * </ul>
 * Everything else is 404: a raw URI that spells its path in any second way, a view file ({@code .xhtml}, which
 * web.xml's security constraint also refuses), and any other path that would reach the Faces Servlet or the
 * container's default servlet. A path without its trailing slash is redirected to the one with it. A
 * {@link NotFoundException} while a page is built becomes the 404 page, an {@link AccessDeniedException} the 403
 * page, an unreachable database the 503 page.
 */
@WebFilter(filterName = "router")
public class Router extends HttpFilter {

    /** Request attribute: the path of the route the request was forwarded for. */
    public static final String PATH = "educa.route.path";

    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    private static final String RESOURCES = "/jakarta.faces.resource/";
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
    /**
     * The routes whose form is a plain multipart form with Faces' own file input (the cover page), which fails with a
     * 500 on any other body: once access is granted, a POST of another type is answered 400.
     */
    private static final Set<String> MULTIPART_ONLY = Set.of("course.image");
    /**
     * Servlets that would render a view or a file of the WAR for a path that is no route: no page of their own
     * (RequestMetrics counts a request that reaches them by itself under no route).
     */
    static final Set<String> NOT_FOR_DIRECT_REQUESTS = Set.of("Faces Servlet", "uploads", "default", "jsp");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> canonical = RequestPaths.canonical(request);
        if (canonical.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = canonical.get();
        if (path.startsWith(RESOURCES)) {
            if (!READ_METHODS.contains(request.getMethod())) {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Optional<Routes.Match> match = path.toLowerCase().contains(".xhtml") ? Optional.empty() : Routes.find(path);
        if (match.isEmpty()) {
            if (!path.endsWith("/") && READ_METHODS.contains(request.getMethod()) && Routes.find(path + "/").isPresent()) {
                redirectPermanently(request, response, path + "/");
            } else if (servesItself(request)) {
                chain.doFilter(request, response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        if (!PAGE_METHODS.contains(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
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
        if ("POST".equals(request.getMethod()) && MULTIPART_ONLY.contains(route.name()) && !isMultipart(request)) {
            RefusedRequests.count("upload form sent as no multipart form", request.getMethod(),
                    request.getRequestURI(), new IllegalArgumentException("Content-Type " + request.getContentType()));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        request.setAttribute(PATH, path);
        request.setAttribute(Routes.CURRENT, route.name());
        forward(new RoutedRequest(request, match.get().parameters()), response, route.view());
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** Whether the path maps to one of the application's own servlets (not to a view or a file of the WAR). */
    private static boolean servesItself(HttpServletRequest request) {
        return request.getHttpServletMapping() != null
                && !NOT_FOR_DIRECT_REQUESTS.contains(request.getHttpServletMapping().getServletName());
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String view)
            throws IOException, ServletException {
        try {
            request.getRequestDispatcher(view).forward(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (Exceptions.is(e, NotFoundException.class)) {
                response.resetBuffer();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else if (Exceptions.is(e, AccessDeniedException.class)) {
                response.resetBuffer();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else if (DatabaseDown.causedBy(e)) {
                LOG.log(Level.WARNING, "Database unavailable: " + request.getRequestURI(), e);
                response.resetBuffer();
                response.setHeader("Retry-After", "30");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else {
                throw e;
            }
        }
    }

    private static String pathWithQuery(HttpServletRequest request, String path) {
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static void redirectPermanently(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + pathWithQuery(request, path));
    }
}
