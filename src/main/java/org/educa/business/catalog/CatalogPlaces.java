package org.educa.business.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.educa.business.events.CoursePlace;
import org.educa.model.Course;

/**
 * Where the catalog lists a course ({@link CoursePlace}): the numbers of the pages of all courses and of its subject
 * that show it, in the orders of {@link CatalogService#page} that are kept (newest first, by title). Four counts over
 * the indexes that order the catalog; asked when a course's student count changes, so that only those pages are forgotten.
 */
@ApplicationScoped
public class CatalogPlaces {

    private final EntityManager em;

    @Inject
    public CatalogPlaces(EntityManager em) {
        this.em = em;
    }

    /** For the CDI proxy only. */
    protected CatalogPlaces() {
        this(null);
    }

    public CoursePlace of(Course course) {
        long newer = em.createNamedQuery("Catalog.newerCourses", Long.class)
                .setParameter("created", course.getCreated())
                .setParameter("id", course.getId())
                .getSingleResult();
        long newerOfSubject = em.createNamedQuery("Catalog.newerCoursesOfSubject", Long.class)
                .setParameter("subjectId", course.getSubject().getId())
                .setParameter("created", course.getCreated())
                .setParameter("id", course.getId())
                .getSingleResult();
        long titledBefore = em.createNamedQuery("Catalog.coursesTitledBefore", Long.class)
                .setParameter("title", course.getTitle())
                .setParameter("id", course.getId())
                .getSingleResult();
        long titledBeforeOfSubject = em.createNamedQuery("Catalog.coursesOfSubjectTitledBefore", Long.class)
                .setParameter("subjectId", course.getSubject().getId())
                .setParameter("title", course.getTitle())
                .setParameter("id", course.getId())
                .getSingleResult();
        return new CoursePlace(course.getSlug(), course.getSubject().getSlug(), pageOf(newer), pageOf(newerOfSubject),
                pageOf(titledBefore), pageOf(titledBeforeOfSubject));
    }

    /** The page (from 1) of the course that has {@code before} courses before it. */
    private static int pageOf(long before) {
        return (int) (before / CatalogService.PAGE_SIZE) + 1;
    }
}
