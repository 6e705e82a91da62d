package org.educa.business.cache;

import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MaxSizePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.cache.CacheManager;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates Educa's caches in Payara's Hazelcast-backed JCache before anything uses them, with statistics on (for the
 * cache monitor) and each level's time-out from configuration. The caches are shared by every cluster member.
 * With {@code educa.cache.enabled=false} (for the benchmark's "caches off" runs) every cache is created with a zero
 * time-out, so JCache keeps nothing: data and fragment lookups always miss and go to the database or re-render.
 * The page caches have their own switches ({@code educa.cache.site.enabled}, {@code educa.cache.view.enabled}).
 *
 * <p>Every cache is bounded by {@code educa.cache.max-entries} (1,000 by default; the least recently used go first), so
 * that the caches, kept in the heap, take a bounded share of it whatever the number of pages and sessions. Hazelcast
 * applies the bound per partition with a margin for uneven spread, so one member may hold up to about 3.5 times that
 * number: some 50 MB of 14 KB catalog pages at most.
 */
@ApplicationScoped
public class CacheSetup {

    private static final Logger LOG = Logger.getLogger(CacheSetup.class.getName());

    private final CacheManager manager;
    private final long dataSeconds;
    private final long fragmentSeconds;
    private final long viewSeconds;
    private final long siteSeconds;
    private final boolean enabled;
    private final int maxEntries;

    @Inject
    public CacheSetup(CacheManager manager,
            @ConfigProperty(name = "educa.cache.data.seconds", defaultValue = "300") long dataSeconds,
            @ConfigProperty(name = "educa.cache.fragment.seconds", defaultValue = "600") long fragmentSeconds,
            @ConfigProperty(name = "educa.cache.view.seconds", defaultValue = "900") long viewSeconds,
            @ConfigProperty(name = "educa.cache.site.seconds", defaultValue = "900") long siteSeconds,
            @ConfigProperty(name = "educa.cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "educa.cache.max-entries", defaultValue = "1000") int maxEntries) {
        this.manager = manager;
        this.dataSeconds = dataSeconds;
        this.fragmentSeconds = fragmentSeconds;
        this.viewSeconds = viewSeconds;
        this.siteSeconds = siteSeconds;
        this.enabled = enabled;
        this.maxEntries = maxEntries;
    }

    /** For the CDI proxy only. */
    protected CacheSetup() {
        this(null, 0, 0, 0, 0, false, 0);
    }

    public void createCaches() {
        if (!enabled) {
            LOG.warning("Caches are off (educa.cache.enabled=false): every cache entry expires at once");
        }
        create(CacheNames.SUBJECTS, dataSeconds);
        create(CacheNames.COURSE_PAGES, dataSeconds);
        create(CacheNames.OVERVIEWS, dataSeconds);
        create(CacheNames.USERS, dataSeconds);
        create(CacheNames.FRAGMENTS, fragmentSeconds);
        create(CacheNames.VIEWS, viewSeconds);
        create(CacheNames.SITE, siteSeconds);
    }

    private void create(String name, long seconds) {
        if (manager.getCache(name) != null) {
            return;
        }
        try {
            CacheConfig<Object, Object> config = new CacheConfig<>();
            config.setStatisticsEnabled(true)
                    .setManagementEnabled(true)
                    .setStoreByValue(true)
                    .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                            enabled ? new Duration(TimeUnit.SECONDS, seconds) : Duration.ZERO));
            config.setEvictionConfig(new EvictionConfig()
                    .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT)
                    .setSize(maxEntries)
                    .setEvictionPolicy(EvictionPolicy.LRU));
            manager.createCache(name, config);
            LOG.fine(() -> "Cache " + name + " created, entries live " + seconds + " s, at most " + maxEntries);
        } catch (javax.cache.CacheException alreadyMadeByAnotherMember) {
            LOG.fine(() -> "Cache " + name + " exists already: " + alreadyMadeByAnotherMember.getMessage());
        }
    }
}
