package org.educa.config.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.educa.config.database.DatabaseDefinition;

/**
 * Readiness: Educa's database answers {@code SELECT 1} within {@value #LIMIT_SECONDS} seconds.
 * <p>
 * Probes that arrive while a check is running wait for that check instead of starting their own, so a database that
 * hangs holds at most one pooled connection and one worker however often load balancers, Kubernetes and the
 * management port ask. The worker is a thread of the application's own, started with the application: Payara's
 * health endpoint calls from a thread of the management port, which has no application context to hand a managed
 * executor (a task submitted from there never ran, and the check stayed down).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    public static final String NAME = "educa-database";
    static final int LIMIT_SECONDS = 3;

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource database;

    @Resource
    ManagedThreadFactory threads;

    private final AtomicReference<CompletableFuture<Boolean>> running = new AtomicReference<>();
    private ThreadPoolExecutor worker;

    /** Created when the application starts, so that its worker thread carries the application's context. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        // the observer only makes the bean (and its worker) now
    }

    @PostConstruct
    void startWorker() {
        // one thread, at most one check waiting: a hung database never piles up threads or connections
        worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), threads);
        worker.prestartAllCoreThreads();
    }

    @PreDestroy
    void stopWorker() {
        worker.shutdownNow();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(answers()).withData("limitSeconds", LIMIT_SECONDS).build();
    }

    private boolean answers() {
        CompletableFuture<Boolean> check = running.get();
        if (check == null || check.isDone()) {
            CompletableFuture<Boolean> fresh = new CompletableFuture<Boolean>()
                    .completeOnTimeout(false, 2L * LIMIT_SECONDS, TimeUnit.SECONDS); // never waited on for ever
            if (running.compareAndSet(check, fresh)) {
                try {
                    worker.execute(() -> {
                        try {
                            fresh.complete(selectOne());
                        } finally {
                            fresh.complete(false); // if selectOne failed in any way
                        }
                    });
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
            LOG.log(Level.FINE, "Database check failed", e);
            return false;
        }
    }
}
