package org.educa.config.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Educa's one data source. Which database it reaches is configuration (see microprofile-config.properties):
 * the embedded H2 file database by default, PostgreSQL in production.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = DatabaseDefinition.JNDI_NAME,
        className = "${MPCONFIG=db.driver}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
public class DatabaseDefinition {

    public static final String JNDI_NAME = "java:app/jdbc/educa";
}
