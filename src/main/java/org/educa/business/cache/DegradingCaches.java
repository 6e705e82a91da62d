package org.educa.business.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;

/**
 * Educa's data and fragment caches ({@link CacheNames}) as {@link DegradingCache}s, one per name for the whole
 * application, so that a cache in trouble is logged once a minute however many callers meet the trouble. The cache
 * manager is asked only when a cache is first used, so that even a manager that cannot be had degrades.
 */
@ApplicationScoped
public class DegradingCaches {

    private static final Logger LOG = Logger.getLogger(DegradingCaches.class.getName());

    @Inject
    Instance<CacheManager> manager;

    private final CacheFailures failures = new CacheFailures(LOG);
    private final Map<String, Cache<?, ?>> caches = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> get(String name) {
        return (Cache<K, V>) caches.computeIfAbsent(name,
                key -> new DegradingCache<K, V>(key, () -> manager.get().getCache(key), failures));
    }
}
