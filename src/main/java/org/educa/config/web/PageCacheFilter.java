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
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.educa.business.account.SignedInUser;
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
 * <p>HTTP caching: the catalog (with its kept query strings), the subject pages and course overviews of a visitor
 * without a session are the same for every visitor of a language, so they alone carry an {@code ETag} (a strong hash
 * of the exact bytes, {@link HttpCaching}; kept with the page in the site cache, or computed from the rendered bytes
 * when that cache is off) and {@code Cache-Control: public, max-age=}{@code educa.cache.http.max-age} (60 s unless
 * configured; 0 sends {@code no-cache}, kept but asked again each time) instead of {@code SecurityHeaders}'
 * {@code private, no-store}; rendered or replayed alike, and only if the request named no session and rendering
 * made none. A request whose {@code If-None-Match} names the page gets {@code 304 Not Modified} with the same
 * headers and no body, from the site cache without rendering. Each rendering has new bytes (PrimeFaces gives the
 * script it moves to the bottom a random id), so a tag lasts as long as the site cache's copy (15 minutes, or until
 * a change evicts it); with the site cache off a tag names one rendering, and a 304 needs {@code If-None-Match: *}.
 * Signed-in pages, pages of a session, searches,
 * errors and POSTs get none of this: never an entity tag, never a 304 from the shared copy.
 *
 * <p>The same addresses show a signed-in person their own page, so a copy kept for a while must never reach them:
 * the {@code Languages} filter answers {@code Vary: Accept-Language, Cookie}, and a signed-in person's requests carry
 * their session cookie, so neither a shared cache nor their browser's cache (both honour {@code Vary}) hands them the
 * anonymous copy, and a Spanish copy never reaches an English visitor. The back button shows a page from history
 * without asking, whatever the {@code max-age}: only {@code no-store} prevents that, and the {@code no-cache} sent
 * before did not either. What a {@code max-age} does cost: after a course changes, a visitor's browser or
 * a proxy may show the old catalog or overview for up to that long, while Educa's own caches show the change at
 * once. 60 seconds keeps that short and still spares the server the paging back and forth through the catalog; after
 * it, a revalidation with the {@code ETag} costs a 304 from memory instead of the page.
 */
@WebFilter(filterName = "pageCache")
public class PageCacheFilter extends HttpFilter {

    static final String HEADER = "X-Educa-Cache";

    private static final Logger LOG = Logger.getLogger(PageCacheFilter.class.getName());

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
    ActiveUser activeUser;

    @Inject
    StudyTrail trail;

    @Inject
    @ConfigProperty(name = "educa.cache.site.enabled", defaultValue = "true")
    boolean siteEnabled;

    @Inject
    @ConfigProperty(name = "educa.cache.view.enabled", defaultValue = "true")
    boolean viewEnabled;

    /** Seconds a browser or proxy may keep a page that is the same for every visitor (see above); 0 for none. */
    @Inject
    @ConfigProperty(name = "educa.cache.http.max-age", defaultValue = "60")
    int maxAge;

    private String cacheControl;

    @Override
    public void init() {
        if (maxAge < 0) {
            LOG.warning(() -> "educa.cache.http.max-age=" + maxAge + " is negative: taken as 0 (no-cache)");
        }
        cacheControl = HttpCaching.cacheControl(maxAge);
    }

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
        // the same for every visitor: no session named (not even one that ended) nor made (checked again below)
        boolean shared = !view && request.getRequestedSessionId() == null;
        Optional<CachedPage> hit = view ? cache.view(key.get()) : site ? cache.site(key.get()) : Optional.empty();
        if (hit.isPresent()) {
            String note = hit.get().note();
            if (note != null && !StudyTrail.recorded(request.getSession(false), note)) {
                Long userId = ActiveUser.checked(request).map(SignedInUser::id).orElseGet(activeUser::getId);
                if (userId != null) {
                    trail.replay(note, userId);
                }
            }
            response.setHeader(HEADER, "hit");
            if (!shared || !notModified(request, response, etagOf(hit.get()))) {
                write(response, hit.get());
            }
            return;
        }
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        boolean cacheable = capture.isCacheable();
        String etag = cacheable && !view ? HttpCaching.etag(body) : null;
        if (cacheable && view) {
            String note = request.getAttribute(StudyTrail.SHOWN) instanceof String shown ? shown : null;
            cache.putView(key.get(), new CachedPage(capture.getContentType(), body, note));
        } else if (cacheable && site) {
            cache.putSite(key.get(), new CachedPage(capture.getContentType(), body, null, etag));
        }
        if (body.length > 0 && (site || view)) {
            response.setHeader(HEADER, "miss");
        }
        if (cacheable && shared && request.getSession(false) == null && notModified(request, response, etag)) {
            return;
        }
        if (body.length > 0) {
            response.getOutputStream().write(body);
        }
    }

    /**
     * Puts the HTTP caching headers of a page the same for every visitor on the response, and answers 304 if the
     * request's {@code If-None-Match} names it; whether it did (then nothing else is written).
     */
    private boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag) {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        if (!HttpCaching.matches(request.getHeaders("If-None-Match"), etag)) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return true;
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
                return Optional.of(PageCache.viewKey(courseId, username, CsrfToken.of(request.getSession()), page));
            }
            if (name.equals("students.courses")) {
                return Optional.of(PageCache.myCoursesKey(username, CsrfToken.of(request.getSession()), page));
            }
        }
        // the pages that are the same for every visitor: captured (for their ETag and Cache-Control) even when not kept
        if (!signedIn && request.getSession(false) == null) {
            boolean catalog = CATALOG.contains(name);
            if (query == null && (catalog || name.equals("course.overview"))
                    || query != null && catalog && PAGE_QUERY.matcher(query).matches()) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }

    /**
     * The tag kept with a page, or the tag of its bytes for a page kept without one (by a member of the version
     * before, during a rolling upgrade: the record's new component arrives as null).
     */
    private static String etagOf(CachedPage page) {
        return page.etag() != null ? page.etag() : HttpCaching.etag(page.body());
    }

    private static void write(HttpServletResponse response, CachedPage page) throws IOException {
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
