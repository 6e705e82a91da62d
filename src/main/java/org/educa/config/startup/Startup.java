package org.educa.config.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.educa.business.cache.CacheSetup;
import org.educa.business.catalog.CourseTerms;
import org.flywaydb.core.api.output.MigrateResult;
import org.omnifaces.util.Exceptions;

/**
 * Prepares Educa when it starts: its caches, then the database (migrations first, then demo data on an empty one).
 * When the database cannot be reached it says so in one line, naming the settings to check, and stops the server
 * rather than serving errors.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    private final Migrations migrations;
    private final DemoData demoData;
    private final CacheSetup caches;
    private final CourseTerms terms;
    private final String databaseUrl;
    private final String databaseUser;
    private final boolean demoDataEnabled;
    private final boolean exitOnFailure;

    @Inject
    public Startup(Migrations migrations, DemoData demoData, CacheSetup caches, CourseTerms terms,
            @ConfigProperty(name = "db.url") String databaseUrl,
            @ConfigProperty(name = "db.user") String databaseUser,
            @ConfigProperty(name = "educa.demo-data.enabled", defaultValue = "true") boolean demoDataEnabled,
            @ConfigProperty(name = "educa.startup.exit-on-failure", defaultValue = "true") boolean exitOnFailure) {
        this.migrations = migrations;
        this.demoData = demoData;
        this.caches = caches;
        this.terms = terms;
        this.databaseUrl = databaseUrl;
        this.databaseUser = databaseUser;
        this.demoDataEnabled = demoDataEnabled;
        this.exitOnFailure = exitOnFailure;
    }

    /** For the CDI proxy only. */
    protected Startup() {
        this(null, null, null, null, null, null, false, false);
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        caches.createCaches();
        try {
            MigrateResult result = migrations.migrate();
            LOG.info(() -> "Database " + databaseUrl + " at schema version " + currentVersion(result)
                    + " (" + result.migrationsExecuted + " migrations applied now)");
        } catch (RuntimeException e) {
            refuseToStart(e);
            return;
        }
        if (demoDataEnabled) {
            demoData.loadIntoEmptyDatabase();
        }
        try {
            int indexed = terms.indexMissing();
            if (indexed > 0) {
                LOG.info(() -> "Search index: " + indexed + " courses indexed now");
            }
        } catch (RuntimeException e) {
            // another member starting at the same time indexes them (its rows collided with ours); search still works
            LOG.warning(() -> "Search index: courses not indexed at start-up (" + rootMessage(e) + ")");
        }
    }

    private static String currentVersion(MigrateResult result) {
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    private void refuseToStart(RuntimeException e) {
        LOG.severe(() -> "Educa cannot use its database: " + rootMessage(e) + " -- check DB_URL (now '" + databaseUrl
                + "'), DB_USER (now '" + databaseUser + "'), DB_PASSWORD and DB_DRIVER.");
        LOG.log(Level.FINE, "Database failure in detail", e);
        if (exitOnFailure) {
            Runtime.getRuntime().halt(3);
        }
        throw new RuntimeException("Database unavailable; see the line above", null, false, false) {
        };
    }

    /** The message of the first SQL exception among the causes, else of the root cause: the one that says why. */
    private static String rootMessage(Throwable e) {
        Throwable cause = Optional.<Throwable>ofNullable(Exceptions.extract(e, SQLException.class))
                .orElseGet(() -> Exceptions.unwrap(e, Throwable.class));
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
    }
}
