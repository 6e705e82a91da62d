package org.educa.business.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Every course of every instructor, a page at a time, and the dashboard's totals. */
@ApplicationScoped
public class CourseAdminService {

    @PersistenceContext
    EntityManager em;

    public long count() {
        return em.createNamedQuery("Course.count", Long.class).getSingleResult();
    }

    /** A page of courses, newest first, with their module and student counts, in one statement. */
    public List<CourseAdminRow> page(int first, int size) {
        return em.createNamedQuery("Admin.courses", CourseAdminRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, size))
                .getResultList();
    }

    public AdminCounts counts() {
        return em.createNamedQuery("Admin.counts", AdminCounts.class).getSingleResult();
    }
}
