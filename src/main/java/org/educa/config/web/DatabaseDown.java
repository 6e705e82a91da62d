package org.educa.config.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure to reach the database (no connection from the pool, connection refused or lost), which the
 * {@link Router} answers with the 503 page: the pool validates its connections, so the next request after the
 * database is back gets a working one.
 */
public final class DatabaseDown {

    private DatabaseDown() {
    }

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQL state class 08: connection exception
            }
            String type = cause.getClass().getName();
            if (type.endsWith(".PoolingException") || type.equals("jakarta.resource.ResourceException")
                    || type.equals("java.net.ConnectException")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
