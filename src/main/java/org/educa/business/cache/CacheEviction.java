package org.educa.business.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.educa.business.events.ContentChanged;
import org.educa.business.events.CourseChanged;
import org.educa.business.events.CoursePlace;
import org.educa.business.events.EnrollmentChanged;
import org.educa.business.events.ModuleChanged;
import org.educa.business.events.ProgressChanged;
import org.educa.business.events.SubjectChanged;
import org.educa.business.events.UserChanged;
import org.educa.model.CourseOrder;
import org.educa.model.Language;

/**
 * Forgets what a change made stale, once its transaction has committed; the caches are the cluster's, so every
 * member sees the change at its next request. Every cache here degrades ({@link DegradingCaches}): one that fails is
 * logged and skipped, never passed on to the user whose change it was (the change has committed already, and what
 * could not be forgotten expires by itself), and the change's other caches are still forgotten.
 *
 * <p>What each change makes stale: a course — the catalog (pages, subject counts, overviews), the anonymous pages,
 * its students' course pages and every "my courses" page; a module — the catalog's module counts, its course's pages
 * and every "my courses" (module counts); a content — the module's rendered contents and its course's pages; a subject
 * — the catalog and every "my courses" (subject titles); a user — the catalog, every "my courses" (instructor names)
 * and that user's pages; an enrollment (made or left) — that student's "my courses" and their pages of that course
 * (the overview's buttons are never cached for signed-in users), and what shows the course's student count: its
 * overview and the catalog pages that list it; a student's progress — that student's "my courses" and their pages of
 * that course.
 *
 * <p>This is the one class that knows the cache keys: it builds the method-cache keys as {@link CachedInterceptor}
 * makes them, and the fragment keys the study page gives {@code <o:cache>} ({@link #moduleFragmentKey}).
 */
@ApplicationScoped
public class CacheEviction {

    private final PageCache pages;
    private final DegradingCaches caches;

    @Inject
    public CacheEviction(PageCache pages, DegradingCaches caches) {
        this.pages = pages;
        this.caches = caches;
    }

    /** For the CDI proxy only. */
    protected CacheEviction() {
        this(null, null);
    }

    void onCourse(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseChanged change) {
        forgetCatalog();
        pages.forgetCourse(change.courseId());
    }

    void onModule(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModuleChanged change) {
        forget(CacheNames.COURSE_PAGES);
        forget(CacheNames.OVERVIEWS);
        pages.forgetSite();
        forgetFragment(change.moduleId());
        pages.forgetCourse(change.courseId());
        pages.forgetMyCourses();
    }

    void onContent(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        forgetFragment(change.moduleId());
        pages.forgetCourse(change.courseId());
    }

    void onSubject(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubjectChanged change) {
        forgetCatalog();
    }

    void onUser(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserChanged change) {
        forgetCatalog();
        // as UserService#summary (by username) and #summaryById (by id) cache them
        caches.get(CacheNames.USERS).removeAll(List.of(CachedInterceptor.key(change.username()),
                CachedInterceptor.key(change.userId())));
        pages.forgetUser(change.username());
    }

    void onEnrollment(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrollmentChanged change) {
        pages.forgetMyCourses(change.studentUsername());
        pages.forgetCourseOf(change.courseId(), change.studentUsername());
        forgetStudentCount(change.place());
    }

    /**
     * What shows a course's student count: its overview and the catalog pages that list it (of all courses and of its
     * subject, newest first and by title: the orders whose pages are kept), as data and as anonymous pages in every
     * language; a handful of removals by key, nothing iterated. Pages by most students are never kept.
     */
    private void forgetStudentCount(CoursePlace place) {
        // as CatalogService#overview(slug) and #page(subject, order, number) cache them
        caches.get(CacheNames.OVERVIEWS).remove(CachedInterceptor.key(place.slug()));
        caches.get(CacheNames.COURSE_PAGES).removeAll(List.of(
                CachedInterceptor.key(null, CourseOrder.NEWEST, place.catalogPage()),
                CachedInterceptor.key(place.subjectSlug(), CourseOrder.NEWEST, place.subjectPage()),
                CachedInterceptor.key(null, CourseOrder.TITLE, place.catalogTitlePage()),
                CachedInterceptor.key(place.subjectSlug(), CourseOrder.TITLE, place.subjectTitlePage())));
        // as the routes course.overview, catalog and catalog.subject answer them (PageCacheFilter's query strings)
        String subject = "/course/subject/" + place.subjectSlug() + "/";
        List<String> paths = new ArrayList<>();
        paths.add("/course/" + place.slug() + "/");
        paths.addAll(newest("/", place.catalogPage()));
        paths.addAll(newest(subject, place.subjectPage()));
        paths.addAll(sorted("/", CourseOrder.TITLE, place.catalogTitlePage()));
        paths.addAll(sorted(subject, CourseOrder.TITLE, place.subjectTitlePage()));
        pages.forgetSitePages(paths);
    }

    /** The addresses of a page in the default order: with or without {@code sort=newest}, a first page also bare. */
    private static List<String> newest(String path, int page) {
        List<String> paths = new ArrayList<>(sorted(path, CourseOrder.NEWEST, page));
        paths.add(path + "?page=" + page);
        if (page == 1) {
            paths.add(path);
        }
        return paths;
    }

    /** The addresses of a page in an order as its links write them ({@code ?sort=title&page=2}), a first page also without the number. */
    private static List<String> sorted(String path, CourseOrder order, int page) {
        String sorted = path + "?sort=" + order.key();
        return page == 1 ? List.of(sorted, sorted + "&page=1") : List.of(sorted + "&page=" + page);
    }

    void onProgress(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgressChanged change) {
        pages.forgetMyCourses(change.studentUsername());
        pages.forgetCourseOf(change.courseId(), change.studentUsername());
    }

    /**
     * Clears every cache, for the cache monitor, with the near copies of every member; a cache that fails throws, so
     * that the monitor can say so.
     */
    public void forgetEverything() {
        CacheNames.ALL.forEach(this::forgetAll);
    }

    /** Clears one cache, as {@link #forgetEverything} does. */
    public void forgetAll(String cache) {
        caches.get(cache).clearOrFail();
    }

    private void forgetCatalog() {
        forget(CacheNames.SUBJECTS);
        forget(CacheNames.COURSE_PAGES);
        forget(CacheNames.OVERVIEWS);
        pages.forgetSite();
        pages.forgetMyCourses();
    }

    /** The key under which a module's contents rendered in one language are kept (the study page's {@code <o:cache key>}). */
    public static String moduleFragmentKey(long moduleId, Language language) {
        return "module-" + moduleId + "-" + language.tag();
    }

    private void forget(String cache) {
        caches.get(cache).removeAll();
    }

    private void forgetFragment(long moduleId) {
        caches.get(CacheNames.FRAGMENTS).removeAll(
                Language.all().stream().map(language -> moduleFragmentKey(moduleId, language)).toList());
    }
}
