package org.educa.business.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.educa.business.account.Actors;

/**
 * Every course of every instructor, a page at a time, and the dashboard's totals: for administrators only, checked
 * against the acting user ({@code actorId}, null for a visitor) by {@link Actors#requireAdmin}.
 */
@ApplicationScoped
public class CourseAdminService {

    private final EntityManager em;
    private final Actors actors;

    @Inject
    public CourseAdminService(EntityManager em, Actors actors) {
        this.em = em;
        this.actors = actors;
    }

    /** For the CDI proxy only. */
    protected CourseAdminService() {
        this(null, null);
    }

    public long count(Long actorId) {
        actors.requireAdmin(actorId);
        return em.createNamedQuery("Course.count", Long.class).getSingleResult();
    }

    /** A page of courses, newest first, with their module and student counts, in one statement. */
    public List<CourseAdminRow> page(Long actorId, int first, int size) {
        actors.requireAdmin(actorId);
        return em.createNamedQuery("Admin.courses", CourseAdminRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, size))
                .getResultList();
    }

    public AdminCounts counts(Long actorId) {
        actors.requireAdmin(actorId);
        return em.createNamedQuery("Admin.counts", AdminCounts.class).getSingleResult();
    }
}
