package org.educa.config.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * With {@code educa.diagnostics.enabled}, counts what the server logs (every logger of the JVM, Payara's and the
 * libraries' included): records at WARNING or above, and records that carry a stack trace. The tests read the counts
 * ({@code GET /diagnostics/log}, {@link DiagnosticsServlet}) before and after a request, to prove that a refused
 * request costs at most a line and never a stack trace.
 */
@WebListener
public class LogCounter extends Handler implements ServletContextListener {

    private static final AtomicLong WARNINGS = new AtomicLong();
    private static final AtomicLong TRACES = new AtomicLong();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (ConfigProvider.getConfig().getOptionalValue("educa.diagnostics.enabled", Boolean.class).orElse(false)) {
            Logger.getLogger("").addHandler(this);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Logger.getLogger("").removeHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            WARNINGS.incrementAndGet();
        }
        String message = record.getMessage();
        if (record.getThrown() != null || message != null && message.contains("\tat ")) {
            TRACES.incrementAndGet();
        }
    }

    /** {@code warnings=N traces=M}: the records counted since Educa started. */
    static String counts() {
        return "warnings=" + WARNINGS.get() + " traces=" + TRACES.get();
    }

    @Override
    public void flush() {
        // nothing kept
    }

    @Override
    public void close() {
        // nothing kept
    }
}
