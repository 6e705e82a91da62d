package org.educa.business.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;
import org.educa.model.Language;

/**
 * Whole pages: anonymous catalog pages (per site), and student course pages and "my courses" (per view). Keys of the
 * per-view cache start with the course (or {@code mine}) and name the user, so that a change of a course, an
 * enrollment or a user forgets exactly their pages. Like the other
 * levels the caches degrade ({@link DegradingCaches}): when the data grid fails, a page is a miss and is rendered
 * afresh, and what cannot be kept or forgotten is logged once a minute.
 */
@ApplicationScoped
public class PageCache {

    private static final String MINE = "mine|";

    private final DegradingCaches caches;

    @Inject
    public PageCache(DegradingCaches caches) {
        this.caches = caches;
    }

    /** For the CDI proxy only. */
    protected PageCache() {
        this(null);
    }

    /**
     * A response worth keeping: 200, its type and bytes, a note the page left for its hits (null for none; the
     * study pages name the module they show, so that a hit still records where the student is), and the {@code ETag}
     * of a page the same for every visitor (null for the per-view pages, which are never shared), computed once when
     * the page is kept.
     */
    public record CachedPage(String contentType, byte[] body, String note, String etag) implements Serializable {

        /** A page without an entity tag. */
        public CachedPage(String contentType, byte[] body, String note) {
            this(contentType, body, note, null);
        }
    }

    public Optional<CachedPage> site(String uri) {
        return Optional.ofNullable(this.<CachedPage>cache(CacheNames.SITE).get(uri));
    }

    public void putSite(String uri, CachedPage page) {
        cache(CacheNames.SITE).put(uri, page);
    }

    public Optional<CachedPage> view(String key) {
        return Optional.ofNullable(this.<CachedPage>cache(CacheNames.VIEWS).get(key));
    }

    public void putView(String key, CachedPage page) {
        cache(CacheNames.VIEWS).put(key, page);
    }

    /** The per-view key of a course page for one user in one session. */
    public static String viewKey(long courseId, String username, String session, String uri) {
        return "course:" + courseId + "|user:" + username + "|" + session + "|" + uri;
    }

    /** The per-view key of a student's "my courses" page in one session. */
    public static String myCoursesKey(String username, String session, String uri) {
        return MINE + "user:" + username + "|" + session + "|" + uri;
    }

    /**
     * The per-site key of a page: its path with the query string, if any ({@code /?page=2}), and the language it is
     * in.
     */
    public static String siteKey(String pathAndQuery, String language) {
        return pathAndQuery + "#" + language;
    }

    public void forgetSite() {
        cache(CacheNames.SITE).removeAll();
    }

    /** These pages (paths with their query strings) in every language: removals by key, in one call. */
    public void forgetSitePages(Collection<String> pathsAndQueries) {
        this.<CachedPage>cache(CacheNames.SITE).removeAll(pathsAndQueries.stream()
                .flatMap(page -> Language.all().stream().map(language -> siteKey(page, language.tag()))).toList());
    }

    public void forgetCourse(long courseId) {
        String prefix = "course:" + courseId + "|";
        forgetViews(key -> key.startsWith(prefix));
    }

    /** One user's pages of one course: they enrolled in it, left it, or marked a module of it done. */
    public void forgetCourseOf(long courseId, String username) {
        String prefix = "course:" + courseId + "|user:" + username + "|";
        forgetViews(key -> key.startsWith(prefix));
    }

    /** Every student's "my courses": a course's title, subject, module count or instructor's name changed. */
    public void forgetMyCourses() {
        forgetViews(key -> key.startsWith(MINE));
    }

    /** One student's "my courses": they enrolled in a course, left one, or their progress in one changed. */
    public void forgetMyCourses(String username) {
        String prefix = MINE + "user:" + username + "|";
        forgetViews(key -> key.startsWith(prefix));
    }

    public void forgetUser(String username) {
        String part = "|user:" + username + "|";
        forgetViews(key -> key.contains(part));
    }

    private void forgetViews(Predicate<String> stale) {
        cache(CacheNames.VIEWS).removeIf(stale);
    }

    private <V> DegradingCache<String, V> cache(String name) {
        return caches.get(name);
    }
}
