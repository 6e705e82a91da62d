package org.educa.config.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Requests Educa refuses as the client's fault (a view state that does not restore, a body that cannot be read or is
 * too large, values no page sends): each kind is logged as one WARNING line, without a stack trace, at most once a
 * minute, with the number refused since the last line. Whoever sends them in bulk costs the log a line a minute.
 */
public final class RefusedRequests {

    private static final Logger LOG = Logger.getLogger(RefusedRequests.class.getName());
    private static final long INTERVAL_NANOS = 60_000_000_000L;
    private static final Map<String, Kind> KINDS = new ConcurrentHashMap<>();

    private RefusedRequests() {
    }

    /** Counts one refused request of this kind ("view state does not restore"), logging if a minute has passed. */
    public static void count(String kind, String method, String uri, Throwable reason) {
        StringBuilder causes = new StringBuilder(String.valueOf(reason));
        for (Throwable cause = reason == null ? null : reason.getCause(); cause != null && causes.length() < 400;
                cause = cause.getCause() == cause ? null : cause.getCause()) {
            causes.append(" <- ").append(cause);
        }
        count(kind, method, uri, causes.toString());
    }

    private static void count(String kind, String method, String uri, String reason) {
        Kind counter = KINDS.computeIfAbsent(kind, k -> new Kind());
        counter.refused.incrementAndGet();
        long now = System.nanoTime() | 1; // never 0, which means "never logged"
        long last = counter.lastLogged.get();
        if ((last == 0 || now - last >= INTERVAL_NANOS) && counter.lastLogged.compareAndSet(last, now)) {
            long count = Math.max(1, counter.refused.getAndSet(0));
            String where = (method + " " + uri).trim();
            LOG.log(Level.WARNING, "Refused {0} request(s) since the last report: {1} (latest: {2})",
                    new Object[] {count, kind, clip(where.isEmpty() ? reason : where + ": " + reason)});
        }
    }

    private static String clip(String text) {
        String line = text == null ? "" : text.replaceAll("[\\r\\n\\t]", " ");
        return line.length() > 400 ? line.substring(0, 400) + "..." : line;
    }

    private static final class Kind {
        final AtomicLong refused = new AtomicLong();
        final AtomicLong lastLogged = new AtomicLong();
    }
}
