package org.educa.config.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.educa.config.database.DatabaseDefinition;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the database schema up to date with the scripts in {@code db/migration}. */
@ApplicationScoped
public class Migrations {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    private DataSource dataSource;

    public MigrateResult migrate() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
