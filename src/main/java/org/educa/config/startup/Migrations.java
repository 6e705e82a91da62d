package org.educa.config.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.educa.config.database.DatabaseDefinition;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the scripts in {@code db/migration} and the Java migrations registered
 * here ({@link RenderFormattedText}).
 */
@ApplicationScoped
public class Migrations {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    private DataSource dataSource;

    public MigrateResult migrate() {
        return configuration(dataSource).load().migrate();
    }

    /** Where the migrations are, for a data source (tests migrate a schema of their own with it). */
    public static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new RenderFormattedText());
    }
}
