package org.educa.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.educa.business.NotFoundException;
import org.educa.config.web.DatabaseDown;
import org.junit.jupiter.api.Test;

/** Which failures the Router answers with the 503 page: only those of reaching the database. */
class DatabaseDownTest {

    @Test
    void connectionFailuresDeepInsideAPageAreTheDatabaseBeingDown() {
        assertTrue(DatabaseDown.causedBy(new ServletException(new PersistenceException(
                new SQLException("Connection refused", "08001")))));
        assertTrue(DatabaseDown.causedBy(new RuntimeException(new SQLTransientConnectionException("pool empty"))));
        assertTrue(DatabaseDown.causedBy(new PersistenceException(new SQLException(new ConnectException("refused")))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseDown.causedBy(new ServletException(new NotFoundException("course 1"))));
        assertFalse(DatabaseDown.causedBy(new PersistenceException(new SQLException("unique violation", "23505"))));
        assertFalse(DatabaseDown.causedBy(new IllegalStateException("bug")));
        RuntimeException loop = new RuntimeException();
        assertFalse(DatabaseDown.causedBy(loop));
    }
}
