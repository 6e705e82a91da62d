package org.educa.config.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes Educa's container-managed {@link EntityManager} (the persistence unit {@code educa}) injectable, so that
 * services take it in their constructor like any other dependency. It joins the caller's transaction.
 */
@ApplicationScoped
public class EntityManagers {

    @Produces
    @PersistenceContext
    EntityManager entityManager;
}
