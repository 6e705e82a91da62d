package org.educa.business.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs the failures of a cache that Educa works around (served uncached, not kept) without flooding the log when the
 * data grid is down and every request fails: the first failure of each cache in a minute is a WARNING with its stack
 * trace, the others of that minute are FINE.
 */
public final class CacheFailures {

    private final Logger log;
    private final long intervalMillis;
    private final LongSupplier clock;
    private final Map<String, Long> warnedAt = new ConcurrentHashMap<>();

    /** One WARNING per cache per minute on {@code log}. */
    public CacheFailures(Logger log) {
        this(log, Duration.ofMinutes(1), System::currentTimeMillis);
    }

    CacheFailures(Logger log, Duration interval, LongSupplier clock) {
        this.log = log;
        this.intervalMillis = interval.toMillis();
        this.clock = clock;
    }

    /** Logs that {@code cache} failed; {@code message} says what Educa does instead. */
    public void report(String cache, String message, RuntimeException failure) {
        long now = clock.getAsLong();
        boolean[] warn = {false};
        warnedAt.compute(cache, (name, last) -> {
            if (last == null || now - last >= intervalMillis) {
                warn[0] = true;
                return now;
            }
            return last;
        });
        if (warn[0]) {
            log.log(Level.WARNING, message + " [" + cache + "; more failures of this cache within a minute are logged"
                    + " at FINE]", failure);
        } else if (log.isLoggable(Level.FINE)) {
            log.log(Level.FINE, message + " [" + cache + "]", failure);
        }
    }
}
