package org.educa.config.health;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: this member is part of Payara's data grid (Hazelcast), which holds the caches, the sign-in counters and,
 * in a cluster, the sessions: its instance runs and counts this member among the cluster's members. Alone
 * ({@code --nocluster}) the grid is this member only, and that is joined too.
 */
@Readiness
@ApplicationScoped
public class DataGridHealth implements HealthCheck {

    public static final String NAME = "educa-data-grid";

    private final HazelcastInstance hazelcast;

    @Inject
    public DataGridHealth(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    /** For the CDI proxy only. */
    protected DataGridHealth() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        try {
            if (!hazelcast.getLifecycleService().isRunning()) {
                return HealthCheckResponse.named(NAME).down().withData("reason", "not running").build();
            }
            var cluster = hazelcast.getCluster();
            boolean joined = cluster.getMembers().contains(cluster.getLocalMember());
            return HealthCheckResponse.named(NAME).status(joined).withData("members", cluster.getMembers().size())
                    .build();
        } catch (RuntimeException e) { // a grid shutting down answers with exceptions
            return HealthCheckResponse.named(NAME).down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
