package org.educa.config.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Recognises a failure to reach the database (no connection from the pool, connection refused or lost), which the
 * {@link Router} answers with the 503 page: the pool validates its connections, so the next request after the
 * database is back gets a working one.
 */
public final class DatabaseDown {

    private DatabaseDown() {
    }

    public static boolean causedBy(Throwable failure) {
        // not OmniFaces' Exceptions.is: that looks for one type, this asks every cause several questions
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause)
                .limit(32) // causes can form a loop
                .anyMatch(DatabaseDown::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true; // SQL state class 08: connection exception
        }
        String type = cause.getClass().getName();
        return type.endsWith(".PoolingException") || type.equals("jakarta.resource.ResourceException")
                || type.equals("java.net.ConnectException");
    }
}
