package org.educa.config.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.educa.config.cache.PageCache.CachedPage;
import org.educa.config.security.CsrfToken;
import org.educa.config.web.RequestPaths;

/**
 * Serves whole pages from {@link PageCache}: a student's course pages and "my courses" per user and session (per-view
 * level, so no one ever gets a page, or a token, rendered for someone else), and the catalog and course overviews to visitors who
 * are not signed in (per-site level, switched by {@code educa.cache.site.enabled}). Only 200 responses that set no
 * cookie are kept. A cache in trouble serves every page uncached ({@link PageCache}). Runs before the {@code Router}
 * (see web.xml).
 */
@WebFilter(filterName = "pageCache")
public class PageCacheFilter extends HttpFilter {

    static final String HEADER = "X-Educa-Cache";

    private static final Pattern STUDY = Pattern.compile("/students/course/(\\d{1,18})/(?:\\d{1,18}/)?");
    private static final String MY_COURSES = "/students/courses/";
    private static final Pattern CATALOG = Pattern.compile("/|/course/subject/[a-z0-9-]+/");
    private static final Pattern PAGE_QUERY = Pattern.compile("page=[1-9][0-9]{0,5}");
    private static final Pattern OVERVIEW = Pattern.compile("/course/[a-z0-9-]+/");

    @Inject
    PageCache cache;

    @Inject
    CsrfToken csrf;

    @Inject
    @ConfigProperty(name = "educa.cache.site.enabled", defaultValue = "true")
    boolean siteEnabled;

    @Inject
    @ConfigProperty(name = "educa.cache.view.enabled", defaultValue = "true")
    boolean viewEnabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> key = "GET".equals(request.getMethod()) ? keyOf(request) : Optional.empty();
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean view = !key.get().startsWith("/");
        Optional<CachedPage> hit = view ? cache.view(key.get()) : cache.site(key.get());
        if (hit.isPresent()) {
            response.setHeader(HEADER, "hit");
            write(response, hit.get());
            return;
        }
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        if (capture.isCacheable()) {
            CachedPage page = new CachedPage(capture.getContentType(), body);
            if (view) {
                cache.putView(key.get(), page);
            } else {
                cache.putSite(key.get(), page);
            }
        }
        if (body.length > 0) {
            response.setHeader(HEADER, "miss");
            response.getOutputStream().write(body);
        }
    }

    /**
     * The cache key of a request, if its page is kept: exactly the URLs the pages answer, so that nobody can fill the
     * caches with made-up query strings (the catalog takes {@code ?page=n}, no other page a query).
     */
    private Optional<String> keyOf(HttpServletRequest request) {
        Optional<String> canonical = RequestPaths.canonical(request);
        if (canonical.isEmpty()) {
            return Optional.empty(); // the Router refuses it
        }
        String path = canonical.get();
        String query = request.getQueryString();
        boolean signedIn = request.getUserPrincipal() != null;
        if (viewEnabled && signedIn && query == null) {
            String username = request.getUserPrincipal().getName();
            Matcher study = STUDY.matcher(path);
            if (study.matches()) {
                return Optional.of(PageCache.viewKey(Long.parseLong(study.group(1)), username, csrf.getToken(), path));
            }
            if (MY_COURSES.equals(path)) {
                return Optional.of(PageCache.myCoursesKey(username, csrf.getToken(), path));
            }
        }
        if (siteEnabled && !signedIn && request.getSession(false) == null) {
            if (query == null && (CATALOG.matcher(path).matches() || OVERVIEW.matcher(path).matches())) {
                return Optional.of(path);
            }
            if (query != null && PAGE_QUERY.matcher(query).matches() && CATALOG.matcher(path).matches()) {
                return Optional.of(path + "?" + query);
            }
        }
        return Optional.empty();
    }

    private static void write(HttpServletResponse response, CachedPage page) throws IOException {
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
