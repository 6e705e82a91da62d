package org.educa.business.cache;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Educa's data, fragment and page caches ({@link CacheNames}) as {@link DegradingCache}s, one per name for the whole
 * application, so that a cache in trouble is logged once a minute however many callers meet the trouble. The cache
 * manager is asked only when a cache is first used, so that even a manager that cannot be had degrades.
 *
 * <p>Each cache has a near cache of this member in front of the grid ({@link NearCaches}) unless
 * {@code educa.cache.near.enabled} is false (every read then goes to the grid, as before issue 18).
 *
 * <p>Each cache's reads are counted for operators in the application's metrics ({@code educa_cache_hits_total},
 * {@code educa_cache_near_hits_total}, the hits of those that the near cache answered, and
 * {@code educa_cache_misses_total}, tagged with the cache and its {@link CacheNames#level level}), on the
 * management port.
 */
@ApplicationScoped
public class DegradingCaches {

    private static final Logger LOG = Logger.getLogger(DegradingCaches.class.getName());

    private static final Metadata HITS = Metadata.builder().withName("educa.cache.hits")
            .withDescription("Reads of an Educa cache that found a value, on this member").build();
    private static final Metadata NEAR_HITS = Metadata.builder().withName("educa.cache.near.hits")
            .withDescription("Reads of an Educa cache answered by this member's near cache, without the data grid").build();
    private static final Metadata MISSES = Metadata.builder().withName("educa.cache.misses")
            .withDescription("Reads of an Educa cache that found none (or met a failing cache), on this member").build();

    private final Function<String, Cache<?, ?>> lookup;
    private final CacheFailures failures;
    private final Function<String, DegradingCache.Reads> reads;
    private final DegradingCache.Near near;
    private final Map<String, DegradingCache<?, ?>> caches = new ConcurrentHashMap<>();

    @Inject
    public DegradingCaches(Instance<CacheManager> manager, Instance<HazelcastInstance> hazelcast, MetricRegistry metrics,
            @ConfigProperty(name = "educa.cache.near.enabled", defaultValue = "true") boolean nearEnabled) {
        this(manager, hazelcast, metrics, nearEnabled, new CacheFailures(LOG));
    }

    /** One {@link CacheFailures} for the caches and their near caches: one warning a minute per cache in all. */
    private DegradingCaches(Instance<CacheManager> manager, Instance<HazelcastInstance> hazelcast, MetricRegistry metrics,
            boolean nearEnabled, CacheFailures failures) {
        this(name -> manager.get().getCache(name), failures, name -> counted(metrics, name),
                nearEnabled ? new NearCaches(hazelcast::get, failures) : DegradingCache.Near.NONE);
    }

    /** For the CDI proxy only. */
    protected DegradingCaches() {
        this(null, null, name -> DegradingCache.Reads.NONE, DegradingCache.Near.NONE);
    }

    /** Over the caches that {@code lookup} finds by name, reporting failures to {@code failures}. */
    DegradingCaches(Function<String, Cache<?, ?>> lookup, CacheFailures failures) {
        this(lookup, failures, name -> DegradingCache.Reads.NONE, DegradingCache.Near.NONE);
    }

    /** The same, telling each cache's reads to what {@code reads} gives for its name. */
    DegradingCaches(Function<String, Cache<?, ?>> lookup, CacheFailures failures,
            Function<String, DegradingCache.Reads> reads) {
        this(lookup, failures, reads, DegradingCache.Near.NONE);
    }

    /** The same, with near caches from {@code near}. */
    DegradingCaches(Function<String, Cache<?, ?>> lookup, CacheFailures failures,
            Function<String, DegradingCache.Reads> reads, DegradingCache.Near near) {
        this.lookup = lookup;
        this.failures = failures;
        this.reads = reads;
        this.near = near;
    }

    @SuppressWarnings("unchecked")
    public <K, V> DegradingCache<K, V> get(String name) {
        return (DegradingCache<K, V>) caches.computeIfAbsent(name,
                key -> new DegradingCache<>(key, () -> (Cache<K, V>) lookup.apply(key), failures, reads.apply(key), near));
    }

    private static DegradingCache.Reads counted(MetricRegistry metrics, String name) {
        Tag[] tags = {new Tag("cache", name), new Tag("level", CacheNames.level(name))};
        Counter hits = metrics.counter(HITS, tags);
        Counter nearHits = metrics.counter(NEAR_HITS, tags);
        Counter misses = metrics.counter(MISSES, tags);
        return new DegradingCache.Reads() {
            @Override
            public void read(boolean hit) {
                (hit ? hits : misses).inc();
            }

            @Override
            public void near() {
                nearHits.inc();
            }
        };
    }
}
