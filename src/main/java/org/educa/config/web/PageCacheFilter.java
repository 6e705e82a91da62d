package org.educa.config.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.educa.business.cache.PageCache.CachedPage;
import org.educa.business.cache.PageCache;
import org.educa.model.CourseOrder;
import org.educa.view.ActiveUser;
import org.educa.view.CsrfToken;
import org.educa.view.Routes;
import org.educa.view.students.StudyTrail;

/**
 * Serves whole pages from {@link PageCache}: a student's course pages and "my courses" per user and session (per-view
 * level, so no one ever gets a page, or a token, rendered for someone else; a study page served from memory still
 * tells {@link StudyTrail} which module the student opened), and the catalog and course overviews to visitors who
 * are not signed in (per-site level, switched by {@code educa.cache.site.enabled}). Only 200 responses that set no
 * cookie are kept. A cache in trouble serves every page uncached ({@link PageCache}). Runs before the {@code Router}
 * (see web.xml).
 *
 * <p>Shared caches: the catalog and course overviews of a visitor without a session are the same for every visitor,
 * so they alone are sent {@code Cache-Control: no-cache} (a proxy may keep them but must ask again each time) instead
 * of {@code SecurityHeaders}' {@code private, no-store}; rendered or replayed alike, and only if rendering made no
 * session. Not a public {@code max-age}: the same addresses show a signed-in person their own page, and a copy kept
 * for minutes would show them signed out (the browser's back button, a proxy), while Educa's own page cache already
 * answers these pages from memory.
 */
@WebFilter(filterName = "pageCache")
public class PageCacheFilter extends HttpFilter {

    static final String HEADER = "X-Educa-Cache";
    /** The caching allowed to pages that are the same for every visitor (see above). */
    static final String PUBLIC = "no-cache";

    private static final Set<String> STUDY = Set.of("students.course", "students.module");
    private static final Set<String> CATALOG = Set.of("catalog", "catalog.subject");
    /**
     * The catalog's query strings that are kept: a page, an order of the catalog whose pages are kept
     * ({@code CourseOrder.kept()}: not "students", which moves with every enrollment), or both as the page links
     * write them. Never a search ({@code q}).
     */
    private static final Pattern PAGE_QUERY = Pattern.compile(
            "page=[1-9][0-9]{0,5}|sort=(newest|title)(&page=[1-9][0-9]{0,5})?");

    @Inject
    PageCache cache;

    @Inject
    CsrfToken csrf;

    @Inject
    ActiveUser activeUser;

    @Inject
    StudyTrail trail;

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
        boolean site = !view && siteEnabled;
        Optional<CachedPage> hit = view ? cache.view(key.get()) : site ? cache.site(key.get()) : Optional.empty();
        if (hit.isPresent()) {
            if (hit.get().note() != null && activeUser.getId() != null) {
                trail.replay(hit.get().note(), activeUser.getId());
            }
            response.setHeader(HEADER, "hit");
            if (!view) {
                response.setHeader("Cache-Control", PUBLIC);
            }
            write(response, hit.get());
            return;
        }
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        boolean cacheable = capture.isCacheable();
        if (cacheable && view) {
            String note = request.getAttribute(StudyTrail.SHOWN) instanceof String shown ? shown : null;
            cache.putView(key.get(), new CachedPage(capture.getContentType(), body, note));
        } else if (cacheable && site) {
            cache.putSite(key.get(), new CachedPage(capture.getContentType(), body, null));
        }
        if (cacheable && !view && request.getSession(false) == null) {
            response.setHeader("Cache-Control", PUBLIC);
        }
        if (body.length > 0) {
            if (site || view) {
                response.setHeader(HEADER, "miss");
            }
            response.getOutputStream().write(body);
        }
    }

    /**
     * The cache key of a request, if its page is kept: exactly the URLs the pages answer, so that nobody can fill the
     * caches with made-up query strings (the catalog takes {@code ?page=n} and {@code ?sort=} of a known order, not a
     * search; no other page a query), and the language
     * the page is in ({@link Languages} chose it), so that each language has its copy. Keys of pages that are the same
     * for every visitor of a language start with {@code /}; they are kept only if {@code educa.cache.site.enabled}.
     */
    private Optional<String> keyOf(HttpServletRequest request) {
        Optional<String> canonical = RequestPaths.canonical(request);
        if (canonical.isEmpty()) {
            return Optional.empty(); // the Router refuses it
        }
        String path = canonical.get();
        Optional<Routes.Match> route = Routes.find(path);
        if (route.isEmpty()) {
            return Optional.empty();
        }
        String name = route.get().route().name();
        String query = request.getQueryString();
        String page = PageCache.siteKey(path + (query == null ? "" : "?" + query), request.getLocale().getLanguage());
        boolean signedIn = request.getUserPrincipal() != null;
        if (viewEnabled && signedIn && query == null) {
            String username = request.getUserPrincipal().getName();
            if (STUDY.contains(name)) {
                long courseId = Long.parseLong(route.get().parameters().get("id"));
                return Optional.of(PageCache.viewKey(courseId, username, csrf.getToken(), page));
            }
            if (name.equals("students.courses")) {
                return Optional.of(PageCache.myCoursesKey(username, csrf.getToken(), page));
            }
        }
        // the pages that are the same for every visitor: captured (for their Cache-Control) even when not kept
        if (!signedIn && request.getSession(false) == null) {
            boolean catalog = CATALOG.contains(name);
            if (query == null && (catalog || name.equals("course.overview"))
                    || query != null && catalog && PAGE_QUERY.matcher(query).matches()) {
                return Optional.of(page);
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
