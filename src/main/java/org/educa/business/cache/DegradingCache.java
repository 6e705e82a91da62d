package org.educa.business.cache;

import java.util.ArrayList;
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
 * <p>Every read is told to its {@link Reads} (the operators' metrics, {@code educa_cache_hits} and
 * {@code educa_cache_misses}): a value found is a hit, none (or a failing cache) a miss. These are this member's own
 * reads, whichever member owns the entry, unlike the grid's statistics, and iterating for an eviction counts nothing.
 */
public final class DegradingCache<K, V> {

    private final String name;
    private final Supplier<Cache<K, V>> lookup;
    private final CacheFailures failures;
    private final Reads reads;
    private volatile Cache<K, V> cache;

    /** Who is told of each read: a hit or a miss. */
    public interface Reads {

        Reads NONE = hit -> {
        };

        void read(boolean hit);
    }

    public DegradingCache(String name, Supplier<Cache<K, V>> lookup, CacheFailures failures) {
        this(name, lookup, failures, Reads.NONE);
    }

    public DegradingCache(String name, Supplier<Cache<K, V>> lookup, CacheFailures failures, Reads reads) {
        this.name = name;
        this.lookup = lookup;
        this.failures = failures;
        this.reads = reads;
    }

    /** The value kept for {@code key}; null when there is none or the cache fails. */
    public V get(K key) {
        V value = read("get", c -> c.get(key), null);
        reads.read(value != null);
        return value;
    }

    public void put(K key, V value) {
        write("put", c -> c.put(key, value));
    }

    public void remove(K key) {
        write("remove", c -> c.remove(key));
    }

    /** Removes the keys that {@code stale} picks; where the cache fails, the rest stays (and expires in time). */
    public void removeIf(Predicate<? super K> stale) {
        List<K> keys = new ArrayList<>();
        try {
            for (Cache.Entry<K, V> entry : cache()) {
                if (stale.test(entry.getKey())) {
                    keys.add(entry.getKey());
                }
            }
        } catch (RuntimeException e) {
            failures.report(name, "Cache failed while iterating; the rest is skipped", e);
        }
        keys.forEach(this::remove);
    }

    /** Removes every entry, as a change that stales them all does (counted in the statistics). */
    public void removeAll() {
        write("removeAll", Cache::removeAll);
    }

    /** Empties the cache at once, as OmniFaces' {@code <o:cache>} asks (not counted as removals). */
    public void clear() {
        write("clear", Cache::clear);
    }

    private Cache<K, V> cache() {
        Cache<K, V> found = cache;
        if (found == null) {
            found = lookup.get();
            if (found == null) {
                throw new IllegalStateException("No cache named " + name);
            }
            cache = found;
        }
        return found;
    }

    private <T> T read(String operation, Function<Cache<K, V>, T> call, T fallback) {
        try {
            return call.apply(cache());
        } catch (RuntimeException e) {
            failures.report(name, "Cache failed on " + operation + "; working uncached", e);
            return fallback;
        }
    }

    private void write(String operation, Consumer<Cache<K, V>> call) {
        try {
            call.accept(cache());
        } catch (RuntimeException e) {
            failures.report(name, "Cache failed on " + operation + "; nothing kept or forgotten", e);
        }
    }
}
