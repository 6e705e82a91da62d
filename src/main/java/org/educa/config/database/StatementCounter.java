package org.educa.config.database;

import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts every SQL statement EclipseLink sends, so tests and the benchmark can prove that a page costs a bounded
 * number of statements (and none when served from a cache). Read through {@code /diagnostics/sql} when diagnostics
 * are enabled.
 */
public class StatementCounter extends SessionEventAdapter implements SessionCustomizer {

    private static final AtomicLong EXECUTED = new AtomicLong();

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(this);
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        EXECUTED.incrementAndGet();
    }

    /** Statements executed since the application started. */
    public static long executed() {
        return EXECUTED.get();
    }
}
