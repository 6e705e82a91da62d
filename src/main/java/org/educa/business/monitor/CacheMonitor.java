package org.educa.business.monitor;

import com.hazelcast.cache.CacheStatistics;
import com.hazelcast.cache.ICache;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.cache.CacheManager;
import org.educa.business.account.Actors;
import org.educa.business.cache.CacheEviction;
import org.educa.business.cache.CacheNames;
import org.educa.business.cache.DegradingCaches;

/**
 * The statistics behind {@code /admin/cache/}. Hazelcast counts per member, so each member publishes its own figures
 * into a small shared map (on every look at the monitor and from {@link CacheStatsPublisher}); the monitor shows
 * everybody's. Entries there expire, so a member that left disappears.
 *
 * <p>What an administrator sees and does here (members, statistics, clearing) is checked against the acting user
 * ({@code actorId}, null for a visitor) by {@link Actors#requireAdmin}: anyone else gets {@code AccessDeniedException}
 * and no cache is touched. {@link #publish()} is the members' own bookkeeping, with no actor.
 */
@ApplicationScoped
public class CacheMonitor {

    static final String STATS_MAP = "educa-cache-stats";
    static final String MEMBERS_MAP = "educa-cache-members";

    private final HazelcastInstance hazelcast;
    private final CacheManager manager;
    private final DegradingCaches caches;
    private final CacheEviction eviction;
    private final Actors actors;

    @Inject
    public CacheMonitor(HazelcastInstance hazelcast, CacheManager manager, DegradingCaches caches, CacheEviction eviction,
            Actors actors) {
        this.hazelcast = hazelcast;
        this.manager = manager;
        this.caches = caches;
        this.eviction = eviction;
        this.actors = actors;
    }

    /** For the CDI proxy only. */
    protected CacheMonitor() {
        this(null, null, null, null, null);
    }

    /**
     * This member's current figures, shared with the others (also every 15 seconds, by the publisher): the grid's
     * statistics of the entries this member owns, plus the reads this member's near cache answered (gets and hits
     * that never reached the grid).
     */
    public void publish() {
        String member = hazelcast.getCluster().getLocalMember().getUuid().toString();
        IMap<String, CacheStats> stats = hazelcast.getMap(STATS_MAP);
        for (String name : CacheNames.ALL) {
            CacheStatistics local = manager.getCache(name).unwrap(ICache.class).getLocalCacheStatistics();
            long near = caches.get(name).nearHits();
            stats.put(member + "|" + name, new CacheStats(member, name, local.getOwnedEntryCount(),
                    local.getCacheGets() + near, local.getCacheHits() + near, local.getCacheMisses(),
                    local.getCachePuts(), local.getCacheRemovals(),
                    local.getCacheEvictions(), local.getAverageGetTime()), 2, TimeUnit.MINUTES);
        }
        hazelcast.<String, Long>getMap(MEMBERS_MAP).put(member,
                ManagementFactory.getRuntimeMXBean().getStartTime(), 2, TimeUnit.MINUTES);
    }

    /** Every member's figures for every cache, by cache then member. */
    public List<CacheStats> statistics(Long actorId) {
        actors.requireAdmin(actorId);
        publish();
        List<CacheStats> all = new ArrayList<>(hazelcast.<String, CacheStats>getMap(STATS_MAP).values());
        List<String> live = liveMembers().stream().map(ClusterMember::uuid).toList();
        all.removeIf(stats -> !live.contains(stats.member()));
        all.sort(Comparator.comparing((CacheStats stats) -> CacheNames.ALL.indexOf(stats.cache()))
                .thenComparing(CacheStats::member));
        return all;
    }

    public List<ClusterMember> members(Long actorId) {
        actors.requireAdmin(actorId);
        return liveMembers();
    }

    private List<ClusterMember> liveMembers() {
        IMap<String, Long> started = hazelcast.getMap(MEMBERS_MAP);
        List<ClusterMember> members = new ArrayList<>();
        for (Member member : hazelcast.getCluster().getMembers()) {
            String uuid = member.getUuid().toString();
            Long since = started.get(uuid);
            members.add(new ClusterMember(uuid, member.getAddress().toString(), member.localMember(),
                    since == null ? System.currentTimeMillis() : since));
        }
        return members;
    }

    /** Empties one cache on every member. */
    public void clear(Long actorId, String cache) {
        actors.requireAdmin(actorId);
        if (!CacheNames.ALL.contains(cache)) {
            throw new IllegalArgumentException("No cache " + cache);
        }
        eviction.forgetAll(cache);
    }

    public void clearAll(Long actorId) {
        actors.requireAdmin(actorId);
        eviction.forgetEverything();
    }
}
