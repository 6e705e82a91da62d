package org.educa.business.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.educa.config.cache.CacheNames;
import org.educa.config.cache.CachedInterceptor;
import org.educa.config.cache.DegradingCaches;

/**
 * Forgets what {@link CatalogService} and {@code UserService} cached ({@code @Cached}), with keys made as the
 * {@link CachedInterceptor} makes them. A cache that fails forgets nothing and logs it; the entries then expire by
 * themselves.
 */
@ApplicationScoped
public class CatalogCache {

    @Inject
    DegradingCaches caches;

    public void forgetSubjects() {
        caches.get(CacheNames.SUBJECTS).removeAll();
    }

    public void forgetPages() {
        caches.get(CacheNames.COURSE_PAGES).removeAll();
    }

    public void forgetOverviews() {
        caches.get(CacheNames.OVERVIEWS).removeAll();
    }

    /**
     * Forgets the entries of this user, as {@code UserService#summary} (by username) and {@code #summaryById} (by id)
     * cache them.
     */
    public void forgetUser(long id, String username) {
        caches.get(CacheNames.USERS).remove(CachedInterceptor.key(username));
        caches.get(CacheNames.USERS).remove(CachedInterceptor.key(id));
    }

    /** Forgets the overview of this slug, as {@link CatalogService#overview(String)} caches it. */
    public void forgetOverview(String slug) {
        caches.get(CacheNames.OVERVIEWS).remove(CachedInterceptor.key(slug));
    }
}
