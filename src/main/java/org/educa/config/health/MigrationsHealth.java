package org.educa.config.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.educa.config.startup.Migrations;

/**
 * Readiness: this member has brought the schema up to date with its migrations (Flyway, at start-up), so it never
 * serves with a schema older than its code expects. Down until then, and for good if they failed.
 */
@Readiness
@ApplicationScoped
public class MigrationsHealth implements HealthCheck {

    public static final String NAME = "educa-migrations";

    private final Migrations migrations;

    @Inject
    public MigrationsHealth(Migrations migrations) {
        this.migrations = migrations;
    }

    /** For the CDI proxy only. */
    protected MigrationsHealth() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        return migrations.schemaVersion()
                .map(version -> response.up().withData("schemaVersion", version))
                .orElseGet(response::down)
                .build();
    }
}
