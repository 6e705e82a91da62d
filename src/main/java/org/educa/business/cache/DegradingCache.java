package org.educa.business.cache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.cache.Cache;

/**
 * One of Educa's caches with only what Educa does with it, none of which ever fails its caller: when the JCache cache
 * underneath throws (Hazelcast not running, a time-out, a value that cannot be (de)serialized) a read is a miss and a
 * write or removal does nothing, and the failure is logged through {@link CacheFailures} (one WARNING per cache per
 * minute). The caller then goes to the database or renders afresh, so a data grid in trouble costs speed, never a
 * page.
 *
 * <p>The cache underneath is looked up on first use, and again after a failed look-up; once found it is kept, since a
 * look-up by name costs about as much as a hit.
 *
 * <p>In front of the grid sits this member's {@link NearCache} of the entries it read last, when its {@link Near}
 * gives one (not when caches are off, nor in unit tests): a read it answers never leaves the member. Every removal
 * forgets its keys in this member's near cache at once and in the other members' before it returns ({@link Near#elsewhere});
 * a removal that fails in the grid is still forgotten in the near caches.
 *
 * <p>Every read is told to its {@link Reads} (the operators' metrics, {@code educa_cache_hits},
 * {@code educa_cache_near_hits} and {@code educa_cache_misses}): a value found is a hit, answered by the near cache a
 * near hit too, none (or a failing cache) a miss. These are this member's own reads, whichever member owns the entry,
 * unlike the grid's statistics, and iterating for an eviction counts nothing.
 */
public final class DegradingCache<K, V> {

    private final String name;
    private final Supplier<Cache<K, V>> lookup;
    private final CacheFailures failures;
    private final Reads reads;
    private final Near near;
    private volatile Cache<K, V> cache;
    private volatile NearCache<K, V> nearCache;

    /** Who is told of each read: a hit or a miss. */
    public interface Reads {

        Reads NONE = hit -> {
        };

        void read(boolean hit);

        /** A hit that this member's near cache answered (told besides {@code read(true)}). */
        default void near() {
        }
    }

    /** Where a near cache comes from, and how the other members hear of a removal. */
    public interface Near {

        Near NONE = new Near() {
            @Override
            public <K, V> NearCache<K, V> attach(String name, Cache<K, V> grid) {
                return null;
            }

            @Override
            public void elsewhere(String name, Collection<?> keys) {
            }
        };

        /** A near cache in front of {@code grid}, just looked up; null for none. */
        <K, V> NearCache<K, V> attach(String name, Cache<K, V> grid);

        /** Has every other member forget {@code keys} of cache {@code name} (null: all), before returning. */
        void elsewhere(String name, Collection<?> keys);
    }

    public DegradingCache(String name, Supplier<Cache<K, V>> lookup, CacheFailures failures) {
        this(name, lookup, failures, Reads.NONE);
    }

    public DegradingCache(String name, Supplier<Cache<K, V>> lookup, CacheFailures failures, Reads reads) {
        this(name, lookup, failures, reads, Near.NONE);
    }

    public DegradingCache(String name, Supplier<Cache<K, V>> lookup, CacheFailures failures, Reads reads, Near near) {
        this.name = name;
        this.lookup = lookup;
        this.failures = failures;
        this.reads = reads;
        this.near = near;
    }

    /** The value kept for {@code key}; null when there is none or the cache fails. */
    public V get(K key) {
        NearCache<K, V> local = nearCache;
        if (local != null) {
            V kept = local.get(key); // null once closed
            if (kept != null) {
                reads.read(true);
                reads.near();
                return kept;
            }
        }
        // a near cache made by this very read (its first, which looks the cache up) has seen no removal yet: stamp 0
        long stamp = local == null ? 0 : local.stamp();
        V value = read("get", c -> c.get(key), null);
        reads.read(value != null);
        local = nearCache;
        if (value != null && local != null) {
            local.fill(key, value, stamp);
        }
        return value;
    }

    public void put(K key, V value) {
        NearCache<K, V> local = nearCache;
        long stamp = local == null ? 0 : local.stamp();
        if (write("put", c -> c.put(key, value)) && local != null) {
            local.fill(key, value, stamp);
        }
    }

    public void remove(K key) {
        write("remove", c -> c.remove(key));
        forgetNear(List.of(key));
    }

    /** Removes these keys, in one call to the grid and one message to the other members. */
    public void removeAll(Collection<? extends K> keys) {
        if (keys.isEmpty()) {
            return;
        }
        write("removeAll", c -> c.removeAll(new HashSet<>(keys)));
        forgetNear(keys);
    }

    /**
     * Removes the keys that {@code stale} picks among the grid's; where the cache fails, the rest stays (and expires in
     * time). This member's near copies go by the same pick; the other members are told the keys removed, or to forget
     * everything when the grid could not be read to the end.
     */
    public void removeIf(Predicate<? super K> stale) {
        List<K> keys = new ArrayList<>();
        boolean complete = false;
        try {
            for (Cache.Entry<K, V> entry : cache()) {
                if (stale.test(entry.getKey())) {
                    keys.add(entry.getKey());
                }
            }
            complete = true;
        } catch (RuntimeException e) {
            failures.report(name, "Cache failed while iterating; the rest is skipped", e);
        }
        if (!keys.isEmpty()) {
            write("removeAll", c -> c.removeAll(new HashSet<>(keys)));
        }
        NearCache<K, V> local = nearCache;
        if (local != null) {
            local.forgetIf(stale);
        }
        if (!complete || !keys.isEmpty()) {
            near.elsewhere(name, complete ? keys : null);
        }
    }

    /** Removes every entry, as a change that stales them all does (counted in the statistics). */
    public void removeAll() {
        write("removeAll", Cache::removeAll);
        forgetNear(null);
    }

    /** Empties the cache at once, as OmniFaces' {@code <o:cache>} asks (not counted as removals). */
    public void clear() {
        write("clear", Cache::clear);
        forgetNear(null);
    }

    /**
     * Empties the cache at once and throws if the grid fails, for the cache monitor, which says so; the near copies go
     * on every member either way.
     */
    public void clearOrFail() {
        try {
            cache().clear();
        } finally {
            forgetNear(null);
        }
    }

    /** The reads this member's near cache answered (none before the cache is first used, or without one). */
    public long nearHits() {
        NearCache<K, V> local = nearCache;
        return local == null ? 0 : local.hits();
    }

    /** A grid in trouble may miss removals: nothing kept near on this member is trusted any more. */
    private void forgetNearHere() {
        NearCache<K, V> local = nearCache;
        if (local != null) {
            local.forgetAll();
        }
    }

    /** Forgets {@code keys} (null: all) in this member's near cache and, before returning, in every other member's. */
    private void forgetNear(Collection<? extends K> keys) {
        NearCache<K, V> local = nearCache;
        if (local != null) {
            if (keys == null) {
                local.forgetAll();
            } else {
                local.forget(keys);
            }
        }
        near.elsewhere(name, keys);
    }

    private Cache<K, V> cache() {
        Cache<K, V> found = cache;
        if (found == null) {
            found = lookup.get();
            if (found == null) {
                throw new IllegalStateException("No cache named " + name);
            }
            attachNear(found);
            cache = found;
        }
        return found;
    }

    private void attachNear(Cache<K, V> found) {
        try {
            nearCache = near.attach(name, found);
        } catch (RuntimeException e) {
            failures.report(name, "No near cache in front of the grid; every read goes to the grid", e);
        }
    }

    private <T> T read(String operation, Function<Cache<K, V>, T> call, T fallback) {
        try {
            return call.apply(cache());
        } catch (RuntimeException e) {
            failures.report(name, "Cache failed on " + operation + "; working uncached", e);
            forgetNearHere();
            return fallback;
        }
    }

    /** True when the grid did it. */
    private boolean write(String operation, Consumer<Cache<K, V>> call) {
        try {
            call.accept(cache());
            return true;
        } catch (RuntimeException e) {
            failures.report(name, "Cache failed on " + operation + "; nothing kept or forgotten", e);
            forgetNearHere();
            return false;
        }
    }
}
