package org.educa.business.cache;

import com.hazelcast.cache.impl.ICacheInternal;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.cache.Cache;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryExpiredListener;
import javax.cache.event.CacheEntryListenerException;
import javax.cache.event.CacheEntryRemovedListener;
import javax.cache.event.CacheEntryUpdatedListener;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ExpiryPolicy;

/**
 * This member's {@link NearCache}s, one per grid cache, and the two ways removals made elsewhere reach them:
 *
 * <ul>
 * <li><b>Told, before the change returns.</b> A member that removes entries ({@link DegradingCache}'s removals, after
 * a change has committed) sends the keys, or "all", to every other member and waits for each to say it has forgotten
 * them ({@link Forget}, on Hazelcast's executor), at most {@link #ANSWER_SECONDS} each. So by the time the response of
 * the change leaves the member that made it, no member still holds a copy it made stale: "never stale" holds across
 * the cluster from the very next request, on any member (ClusterIT).
 * <li><b>Heard, from the grid's own events.</b> Each near cache listens to its grid cache's removals, updates and
 * expiries, wherever they happen ({@link Forgetting}): entries the grid drops by itself (time-outs, its size bound)
 * and anything removed without a {@link DegradingCache} go from the near caches too.
 * </ul>
 *
 * <p>Both find the near cache of a name in a registry of this member ({@link #forgetHere}), because a task sent by
 * another member and a grid event both arrive on Hazelcast's threads, outside any CDI context. One WAR runs per JVM.
 */
public final class NearCaches implements DegradingCache.Near {

    /** How long a member waits for each other member to confirm it forgot what a change made stale. */
    static final long ANSWER_SECONDS = 5;
    private static final String EXECUTOR = "educa-near-caches";
    private static final Map<String, NearCache<Object, Object>> MEMBER = new ConcurrentHashMap<>();

    private final Supplier<HazelcastInstance> hazelcast;
    private final CacheFailures failures;
    private final AtomicBoolean watching = new AtomicBoolean();

    public NearCaches(Supplier<HazelcastInstance> hazelcast, CacheFailures failures) {
        this.hazelcast = hazelcast;
        this.failures = failures;
    }

    /**
     * A near cache in front of {@code grid}, as large as the grid cache's bound and as long-lived as its time-out;
     * none when the grid keeps nothing (caches off: a zero time-out).
     */
    @Override
    @SuppressWarnings("unchecked")
    public <K, V> NearCache<K, V> attach(String name, Cache<K, V> grid) {
        CompleteConfiguration<?, ?> configuration = grid.getConfiguration(CompleteConfiguration.class);
        ExpiryPolicy expiry = configuration.getExpiryPolicyFactory().create();
        Duration timeOut = expiry.getExpiryForCreation();
        if (timeOut == null || timeOut.isZero()) {
            return null;
        }
        long maxEntries = grid.getConfiguration(com.hazelcast.config.CacheConfig.class).getEvictionConfig().getSize();
        java.time.Duration lives = timeOut.isEternal() ? java.time.Duration.ofHours(1)
                : java.time.Duration.of(timeOut.getDurationAmount(), timeOut.getTimeUnit().toChronoUnit());
        watchTheGrid();
        NearCache<Object, Object> near = new NearCache<>(maxEntries, lives);
        MEMBER.put(name, near);
        MutableCacheEntryListenerConfiguration<K, V> listening = new MutableCacheEntryListenerConfiguration<>(
                FactoryBuilder.factoryOf(new Forgetting<K, V>(name)), null, false, false);
        // this member's listener only (the JCache call would also copy it into the cache's configuration on every
        // member, which would each run one more), registered with every member's event service
        grid.unwrap(ICacheInternal.class).registerCacheEntryListener(listening, false);
        return (NearCache<K, V>) near;
    }

    /**
     * Near copies are kept only while this member hears of every removal: when its data grid shuts down (or is
     * terminated) every near cache closes, so reads go to the grid, fail and go to the database; when a member leaves or
     * the cluster heals after a split, everything kept near is forgotten, since removals made meanwhile may not have
     * reached this member.
     */
    private void watchTheGrid() {
        if (watching.getAndSet(true)) {
            return;
        }
        HazelcastInstance grid = hazelcast.get();
        grid.getLifecycleService().addLifecycleListener(event -> {
            switch (event.getState()) {
                case SHUTTING_DOWN, SHUTDOWN -> MEMBER.values().forEach(NearCache::close);
                case MERGING, MERGED, MERGE_FAILED -> MEMBER.values().forEach(NearCache::forgetAll);
                default -> {
                }
            }
        });
        grid.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                MEMBER.values().forEach(NearCache::forgetAll);
            }
        });
    }

    /** Tells every other member to forget {@code keys} (null: everything) of cache {@code name}, and waits. */
    @Override
    public void elsewhere(String name, Collection<?> keys) {
        try {
            HazelcastInstance grid = hazelcast.get();
            Set<Member> others = grid.getCluster().getMembers().stream().filter(member -> !member.localMember())
                    .collect(Collectors.toSet());
            if (others.isEmpty()) {
                return;
            }
            Forget forget = new Forget(name, keys == null ? null : new ArrayList<>(keys));
            Map<Member, Future<Boolean>> answers = grid.getExecutorService(EXECUTOR).submitToMembers(forget, others);
            for (Future<Boolean> answer : answers.values()) {
                answer.get(ANSWER_SECONDS, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failures.report(name, "Another member could not be told to forget its near copies (they expire in time)",
                    e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e));
        }
    }

    /** Forgets {@code keys} (null: everything) in this member's near cache {@code name}, if it has one. */
    static void forgetHere(String name, Collection<?> keys) {
        NearCache<Object, Object> near = MEMBER.get(name);
        if (near == null) {
            return;
        }
        if (keys == null) {
            near.forgetAll();
        } else {
            near.forget(keys);
        }
    }

    /** The task one member sends the others: forget these keys of this cache (null: all of them). */
    record Forget(String cache, List<?> keys) implements Callable<Boolean>, Serializable {

        @Override
        public Boolean call() {
            forgetHere(cache, keys);
            return true;
        }
    }

    /**
     * The grid's events of one cache, heard by this member: whatever the grid removed, replaced or let expire goes from
     * this member's near cache. A key that cannot be read forgets the whole near cache, to be safe.
     */
    record Forgetting<K, V>(String cache) implements CacheEntryRemovedListener<K, V>, CacheEntryUpdatedListener<K, V>,
            CacheEntryExpiredListener<K, V>, Serializable {

        @Override
        public void onRemoved(Iterable<CacheEntryEvent<? extends K, ? extends V>> events) {
            forget(events);
        }

        @Override
        public void onUpdated(Iterable<CacheEntryEvent<? extends K, ? extends V>> events) {
            forget(events);
        }

        @Override
        public void onExpired(Iterable<CacheEntryEvent<? extends K, ? extends V>> events) {
            forget(events);
        }

        private void forget(Iterable<CacheEntryEvent<? extends K, ? extends V>> events) throws CacheEntryListenerException {
            try {
                List<Object> keys = new ArrayList<>();
                events.forEach(event -> keys.add(event.getKey()));
                forgetHere(cache, keys);
            } catch (RuntimeException unreadable) {
                forgetHere(cache, null);
            }
        }
    }
}
