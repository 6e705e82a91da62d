package org.educa.config.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: the JVM answers (this check runs at all) and none of its threads are deadlocked, which would never
 * resolve by itself. Deliberately nothing that depends on the database or the grid: a member that loses its
 * database is not ready, but restarting it would not bring the database back.
 */
@Liveness
@ApplicationScoped
public class JvmHealth implements HealthCheck {

    public static final String NAME = "educa-jvm";

    private final ThreadMXBean threads;

    public JvmHealth() {
        this(ManagementFactory.getThreadMXBean());
    }

    JvmHealth(ThreadMXBean threads) {
        this.threads = threads;
    }

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = threads.findDeadlockedThreads();
        int count = deadlocked == null ? 0 : deadlocked.length;
        return HealthCheckResponse.named(NAME).status(count == 0).withData("deadlockedThreads", count).build();
    }
}
