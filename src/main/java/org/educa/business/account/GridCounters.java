package org.educa.business.account;

import com.hazelcast.map.IMap;
import java.util.concurrent.TimeUnit;

/**
 * Counters of attempts in a Hazelcast map, shared by every cluster member; each is read and written under the map's
 * cluster-wide key lock, so two members (or two threads) can never both take the last attempt of a limit.
 */
final class GridCounters {

    private final IMap<String, String> map;

    GridCounters(IMap<String, String> map) {
        this.map = map;
    }

    /**
     * Counts one more attempt on {@code key} unless it already has {@code max} in its window; a window starts with
     * the first attempt and lasts {@code windowMillis}.
     */
    Reservation reserve(String key, int max, long windowMillis) {
        lock(key);
        try {
            long now = System.currentTimeMillis();
            Counter counter = current(key, now);
            if (counter.count() >= max) {
                return Reservation.refused(counter.expiresAt() - now);
            }
            long expiresAt = counter.count() == 0 ? now + windowMillis : counter.expiresAt();
            put(key, new Counter(counter.count() + 1, expiresAt, now), now);
            return Reservation.allowed(counter.count());
        } finally {
            unlock(key);
        }
    }

    /** Takes back one attempt counted on {@code key}, keeping its window and the time of its last attempt. */
    void giveBack(String key) {
        lock(key);
        try {
            long now = System.currentTimeMillis();
            Counter counter = current(key, now);
            if (counter.count() <= 1) {
                map.delete(key);
            } else {
                put(key, new Counter(counter.count() - 1, counter.expiresAt(), counter.last()), now);
            }
        } finally {
            unlock(key);
        }
    }

    /** The counter of {@code key}, none once its window has ended; call it holding the key's lock. */
    Counter current(String key, long now) {
        Counter counter = Counter.parse(map.get(key));
        return counter.expiresAt() <= now ? Counter.NONE : counter;
    }

    /** Stores a counter until its window ends; call it holding the key's lock. */
    void put(String key, Counter counter, long now) {
        map.put(key, counter.toString(), Math.max(1, counter.expiresAt() - now), TimeUnit.MILLISECONDS);
    }

    void delete(String key) {
        map.delete(key);
    }

    /** Takes the key's cluster-wide lock, waiting at most ten seconds for it. */
    void lock(String key) {
        try {
            if (!map.tryLock(key, 10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("attempt counter busy: " + key);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void unlock(String key) {
        map.unlock(key);
    }

    /** Refused for {@code waitMillis} more, or allowed after {@code before} attempts in the window. */
    record Reservation(boolean isRefused, long waitMillis, int before) {

        static Reservation refused(long waitMillis) {
            return new Reservation(true, Math.max(1, waitMillis), 0);
        }

        static Reservation allowed(int before) {
            return new Reservation(false, 0, before);
        }
    }

    /**
     * A count of attempts, when its window ends and when the last one was made (epoch milliseconds), kept as text so
     * that any member can read it.
     */
    record Counter(int count, long expiresAt, long last) {

        static final Counter NONE = new Counter(0, 0, 0);

        static Counter parse(String value) {
            if (value == null) {
                return NONE;
            }
            String[] parts = value.split(":");
            return new Counter(Integer.parseInt(parts[0]), Long.parseLong(parts[1]),
                    parts.length > 2 ? Long.parseLong(parts[2]) : 0);
        }

        @Override
        public String toString() {
            return count + ":" + expiresAt + ":" + last;
        }
    }
}
