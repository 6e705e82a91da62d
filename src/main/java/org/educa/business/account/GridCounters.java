package org.educa.business.account;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.ExtendedMapEntry;
import com.hazelcast.map.IMap;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Counters of attempts in a Hazelcast map, shared by every cluster member. Every change of a counter is a
 * {@link Rule} that Hazelcast runs as an entry processor on the member that owns the key, one at a time per key: the
 * read and the write are one atomic step and one round trip, so two members (or two threads) can never both take the
 * last attempt of a limit. The processor and its rules are serializable classes of the WAR, which every member
 * deploys (Payara reads them with the application's class loader); the counters themselves are text.
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
        return change(key, new Reserve(max, windowMillis));
    }

    /** Takes back one attempt counted on {@code key}, keeping its window and the time of its last attempt. */
    void giveBack(String key) {
        change(key, new GiveBack());
    }

    /** Applies {@code rule} to the counter of {@code key}, where it lives, and returns the rule's answer. */
    <R> R change(String key, Rule<R> rule) {
        return map.executeOnKey(key, new Apply<>(rule, System.currentTimeMillis()));
    }

    /** The counter of {@code key}, none once its window has ended. */
    Counter current(String key, long now) {
        return Counter.parse(map.get(key)).at(now);
    }

    void delete(String key) {
        map.delete(key);
    }

    /**
     * What a change does to one counter, given as it is {@code now} ({@link Counter#NONE} once its window has ended):
     * the counter to keep ({@code NONE} forgets it) and an answer for the caller (serializable, it travels back).
     */
    interface Rule<R> extends Serializable {

        Result<R> apply(Counter counter, long now);
    }

    record Result<R>(Counter counter, R answer) {
    }

    /**
     * The entry processor. It carries the caller's clock, so that the owner and its backup, which runs the same
     * processor, compute the same counter; it keeps a counter until its window ends.
     */
    record Apply<R>(Rule<R> rule, long now) implements EntryProcessor<String, String, R> {

        @Override
        public R process(Map.Entry<String, String> entry) {
            Counter stored = Counter.parse(entry.getValue());
            Result<R> result = rule.apply(stored.at(now), now);
            Counter kept = result.counter();
            if (kept.count() <= 0) {
                if (entry.getValue() != null) {
                    entry.setValue(null); // removes the entry
                }
            } else if (!kept.equals(stored)) {
                ((ExtendedMapEntry<String, String>) entry).setValue(kept.toString(),
                        Math.max(1, kept.expiresAt() - now), TimeUnit.MILLISECONDS);
            }
            return result.answer();
        }
    }

    private record Reserve(int max, long windowMillis) implements Rule<Reservation> {

        @Override
        public Result<Reservation> apply(Counter counter, long now) {
            if (counter.count() >= max) {
                return new Result<>(counter, Reservation.refused(counter.expiresAt() - now));
            }
            long expiresAt = counter.count() == 0 ? now + windowMillis : counter.expiresAt();
            return new Result<>(new Counter(counter.count() + 1, expiresAt, now), Reservation.allowed(counter.count()));
        }
    }

    private record GiveBack() implements Rule<Void> {

        @Override
        public Result<Void> apply(Counter counter, long now) {
            return new Result<>(counter.count() <= 1 ? Counter.NONE
                    : new Counter(counter.count() - 1, counter.expiresAt(), counter.last()), null);
        }
    }

    /** Refused for {@code waitMillis} more, or allowed after {@code before} attempts in the window. */
    record Reservation(boolean isRefused, long waitMillis, int before) implements Serializable {

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

        /** This counter {@code now}: none once its window has ended. */
        Counter at(long now) {
            return expiresAt <= now ? NONE : this;
        }

        @Override
        public String toString() {
            return count + ":" + expiresAt + ":" + last;
        }
    }
}
