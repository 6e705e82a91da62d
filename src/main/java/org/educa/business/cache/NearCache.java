package org.educa.business.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * This member's own copy of the entries of one grid cache that it read last, in front of the data grid: a hit here
 * costs a map look-up, where a grid read costs a trip to the entry's owner and Payara's context switching around it
 * (bench/README's profile). Bounded like the grid cache (least recently used out first) and expiring after the grid
 * cache's time-out, counted from when this member read the entry.
 *
 * <p>Never stale: every removal, however it is made, is forgotten here (a {@link DegradingCache} forgets its own at
 * once, tells the other members before it returns and hears the grid's events of the rest, {@link NearCaches}). A read
 * that raced with a removal must not put back what the removal forgot, so each read takes a {@link #stamp()} before
 * it goes to the grid, and {@link #fill} keeps the value only if no removal came in between.
 *
 * <p>Values are shared by every reader of this member rather than copied per read as the grid's are: Educa's cached
 * values are records, lists it never changes and page bytes it only writes out.
 */
public final class NearCache<K, V> {

    private final com.github.benmanes.caffeine.cache.Cache<K, V> entries;
    private final AtomicLong removals = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private volatile boolean closed;

    public NearCache(long maxEntries, Duration timeToLive) {
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(timeToLive).build();
    }

    /** The copy kept for {@code key}, null when there is none or the near cache is closed. */
    public V get(K key) {
        V kept = closed ? null : entries.getIfPresent(key);
        if (kept != null) {
            hits.increment();
        }
        return kept;
    }

    /** The reads answered here since this member started. */
    public long hits() {
        return hits.sum();
    }

    /** Taken before a read from the grid, handed back to {@link #fill}. */
    public long stamp() {
        return removals.get();
    }

    /**
     * Keeps what the grid answered for {@code key}, unless a removal came in since {@code stamp}: kept, then looked at
     * again, so that a removal between the two forgets it too.
     */
    public void fill(K key, V value, long stamp) {
        if (closed || removals.get() != stamp) {
            return;
        }
        entries.put(key, value);
        if (removals.get() != stamp) {
            entries.invalidate(key);
        }
    }

    public void forget(K key) {
        removals.incrementAndGet();
        entries.invalidate(key);
    }

    public void forget(Collection<? extends K> keys) {
        removals.incrementAndGet();
        entries.invalidateAll(keys);
    }

    public void forgetAll() {
        removals.incrementAndGet();
        entries.invalidateAll();
    }

    /** Forgets the keys {@code stale} picks among those kept here. */
    public void forgetIf(Predicate<? super K> stale) {
        removals.incrementAndGet();
        entries.asMap().keySet().removeIf(stale);
    }

    /**
     * Forgets everything and keeps nothing more: this member can no longer hear of removals made elsewhere (its data
     * grid stopped), so a copy it kept could go stale unnoticed; reads go to the grid, which fails, and so to the
     * database.
     */
    public void close() {
        closed = true;
        forgetAll();
    }

    /** How many entries are kept now (an estimate, for tests and the monitor). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
