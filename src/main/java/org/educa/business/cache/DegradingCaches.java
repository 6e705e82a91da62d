package org.educa.business.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;

/**
 * Educa's data, fragment and page caches ({@link CacheNames}) as {@link DegradingCache}s, one per name for the whole
 * application, so that a cache in trouble is logged once a minute however many callers meet the trouble. The cache
 * manager is asked only when a cache is first used, so that even a manager that cannot be had degrades.
 */
@ApplicationScoped
public class DegradingCaches {

    private static final Logger LOG = Logger.getLogger(DegradingCaches.class.getName());

    private final Function<String, Cache<?, ?>> lookup;
    private final CacheFailures failures;
    private final Map<String, DegradingCache<?, ?>> caches = new ConcurrentHashMap<>();

    @Inject
    public DegradingCaches(Instance<CacheManager> manager) {
        this(name -> manager.get().getCache(name), new CacheFailures(LOG));
    }

    /** For the CDI proxy only. */
    protected DegradingCaches() {
        this(null);
    }

    /** Over the caches that {@code lookup} finds by name, reporting failures to {@code failures}. */
    DegradingCaches(Function<String, Cache<?, ?>> lookup, CacheFailures failures) {
        this.lookup = lookup;
        this.failures = failures;
    }

    @SuppressWarnings("unchecked")
    public <K, V> DegradingCache<K, V> get(String name) {
        return (DegradingCache<K, V>) caches.computeIfAbsent(name,
                key -> new DegradingCache<>(key, () -> (Cache<K, V>) lookup.apply(key), failures));
    }
}
