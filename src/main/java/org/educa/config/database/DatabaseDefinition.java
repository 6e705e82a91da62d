package org.educa.config.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Educa's one data source. Which database it reaches is configuration (see microprofile-config.properties):
 * the embedded H2 file database by default, PostgreSQL in production. Every connection of the pool is made with the
 * same user, so the pool need not match a free connection to the caller's credentials: Payara does that by default for
 * a {@code @DataSourceDefinition} (not for a pool of its own configuration), comparing the pool's settings twice and
 * taking a lock on the pool's one Subject for every connection an uncached page asks for (bench/README.md, "Where the
 * requests in flight wait for each other").
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
            "fish.payara.fail-all-connections=true",
            "fish.payara.match-connections=false"
        })
public class DatabaseDefinition {

    public static final String JNDI_NAME = "java:app/jdbc/educa";
}
