package org.educa.config.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.educa.config.database.DatabaseDefinition;

/**
 * {@code GET /ready}: the public readiness answer for load balancers, {@code UP} (200) when Educa's database answers
 * {@code SELECT 1}, {@code DOWN} (503) when it does not or takes longer than {@value #LIMIT_SECONDS} seconds; plain
 * text, never cached, nothing else. The detailed health and the metrics are Payara's, on the management port only
 * (server-config/pre-boot-management.asadmin, docs/operations.md).
 * <p>
 * Probes that arrive while a check is running wait for that check instead of starting their own, so a database that
 * hangs holds at most one pooled connection and one worker however often the load balancers ask. No session is
 * created.
 */
@WebServlet("/ready")
public class ReadinessServlet extends HttpServlet {

    static final int LIMIT_SECONDS = 3;

    private static final Logger LOG = Logger.getLogger(ReadinessServlet.class.getName());

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource database;

    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<CompletableFuture<Boolean>> running = new AtomicReference<>();
    private final AtomicBoolean wasUp = new AtomicBoolean(true);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = databaseAnswers();
        if (wasUp.getAndSet(up) != up) {
            LOG.log(up ? Level.INFO : Level.WARNING, up ? "Ready again: the database answers"
                    : "Not ready: the database gave no answer to SELECT 1 within " + LIMIT_SECONDS + " s");
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(up ? "UP" : "DOWN");
    }

    private boolean databaseAnswers() {
        CompletableFuture<Boolean> check = running.get();
        if (check == null || check.isDone()) {
            CompletableFuture<Boolean> fresh = new CompletableFuture<>();
            if (running.compareAndSet(check, fresh)) {
                try {
                    executor.execute(() -> fresh.complete(selectOne()));
                } catch (RuntimeException rejected) {
                    fresh.complete(false);
                }
            }
            check = running.get();
        }
        try {
            return check.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean selectOne() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(LIMIT_SECONDS);
            try (ResultSet result = statement.executeQuery("SELECT 1")) {
                return result.next();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Readiness check failed", e);
            return false;
        }
    }
}
