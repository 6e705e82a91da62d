package org.educa.config.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Two stack traces that others log for requests Educa refuses as the client's fault, left out of the log and counted
 * in {@link RefusedRequests}' rate-limited line instead. Every other record of these loggers passes unchanged. The
 * loggers are held here: java.util.logging forgets loggers nobody references, and their filters with them.
 * <ul>
 * <li>Mojarra logs an exception thrown while an AJAX request's components are decoded or validated at INFO, with its
 * stack trace, before any exception handler sees it; {@link RefusedPostbackHandler} answers those of values no page
 * sends with 400 (real errors are logged by OmniFaces' FullAjaxExceptionHandler anyway).</li>
 * <li>Payara parses the {@code JSESSIONIDVERSION} cookie (sent with the session cookie where sessions are kept in the
 * data grid, availability on) before any filter or the application runs, and a malformed one ({@code 1:0}, say)
 * ends the request with an empty 200 and a SEVERE stack trace. Nothing in the application can answer that request
 * differently (docs/security.md); this keeps its cost to the log at a line a minute.</li>
 * </ul>
 */
@WebListener
public class LogFilters implements ServletContextListener {

    private static final Logger FACES_CONTEXT = Logger.getLogger("jakarta.enterprise.resource.webcontainer.faces.context");
    private static final Logger WEB_CORE = Logger.getLogger("jakarta.enterprise.web.core");

    @Override
    public void contextInitialized(ServletContextEvent event) {
        FACES_CONTEXT.setFilter(record -> !isUnparseableAjaxValue(record));
        WEB_CORE.setFilter(record -> {
            if (isMalformedSessionVersion(record)) {
                RefusedRequests.count("malformed JSESSIONIDVERSION cookie, read by Payara before Educa", "", "",
                        record.getThrown());
                return false;
            }
            return true;
        });
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        FACES_CONTEXT.setFilter(null);
        WEB_CORE.setFilter(null);
    }

    static boolean isUnparseableAjaxValue(LogRecord record) {
        return record.getLevel() == Level.INFO && record.getThrown() != null
                && RefusedPostbackHandler.isFrameworkParseFailure(RefusedPostbackHandler.rootCause(record.getThrown()));
    }

    static boolean isMalformedSessionVersion(LogRecord record) {
        if (!(record.getThrown() instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : record.getThrown().getStackTrace()) {
            if (frame.getMethodName().equals("parseSessionVersionString")) {
                return true;
            }
        }
        return false;
    }
}
