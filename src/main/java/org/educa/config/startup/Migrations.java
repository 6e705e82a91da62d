package org.educa.config.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.educa.config.database.DatabaseDefinition;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the scripts in {@code db/migration} and the Java migrations registered
 * here ({@link RenderFormattedText}). The scripts are the same on H2 and PostgreSQL; the one difference is a
 * placeholder: {@code ${termCollation}} makes the search terms compare byte by byte on PostgreSQL (H2 always does), so
 * that a prefix search is a range of their index (V8).
 */
@ApplicationScoped
public class Migrations {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    private DataSource dataSource;

    /** The schema version this member migrated to at start-up; empty until its migrations are done. */
    private volatile String schemaVersion;

    public MigrateResult migrate() {
        MigrateResult result = configuration(dataSource).load().migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        schemaVersion = version != null ? version : "none";
        return result;
    }

    /** Whether (and to which version) the migrations are done: what the readiness probe asks. */
    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }

    /** Where the migrations are, for a data source (tests migrate a schema of their own with it). */
    public static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new RenderFormattedText())
                .placeholders(Map.of("termCollation", isPostgres(dataSource) ? "COLLATE \"C\"" : ""));
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
