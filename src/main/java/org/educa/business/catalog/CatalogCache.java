package org.educa.business.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheRemoveAll;
import org.educa.config.cache.CacheNames;

/**
 * Forgets what {@link CatalogService} cached. The JCache interceptors do the work; the methods only name the cache
 * (and, for one overview, the key: the slug, as {@link CatalogService#overview(String)} uses it).
 */
@ApplicationScoped
public class CatalogCache {

    @CacheRemoveAll(cacheName = CacheNames.SUBJECTS)
    public void forgetSubjects() {
        // the interceptor clears the cache
    }

    @CacheRemoveAll(cacheName = CacheNames.COURSE_PAGES)
    public void forgetPages() {
        // the interceptor clears the cache
    }

    @CacheRemoveAll(cacheName = CacheNames.OVERVIEWS)
    public void forgetOverviews() {
        // the interceptor clears the cache
    }

    @CacheRemove(cacheName = CacheNames.USERS)
    public void forgetUser(String username) {
        // the interceptor removes the entry of this username, as UserService#summary caches it
    }

    @CacheRemove(cacheName = CacheNames.OVERVIEWS)
    public void forgetOverview(String slug) {
        // the interceptor removes the entry of this slug
    }
}
