package org.educa.view.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.educa.business.catalog.CatalogService;
import org.educa.business.catalog.CourseOverview;
import org.educa.business.learning.EnrollmentService;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.Param;

/** A course's overview, {@code /course/{slug}/}, with the way to enroll that suits the visitor. */
@Named("courseOverview")
@RequestScoped
public class CourseBacking {

    @Inject
    CatalogService catalog;

    @Inject
    EnrollmentService enrollments;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "slug")
    String slug;

    private CourseOverview course;
    private boolean enrolled;

    @PostConstruct
    void load() {
        course = catalog.overview(slug);
        Long me = activeUser.getId();
        enrolled = me != null && enrollments.isEnrolled(course.id(), me);
    }

    public CourseOverview getCourse() {
        return course;
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public boolean isOwner() {
        Long me = activeUser.getId();
        return me != null && course.ownerId() == me;
    }
}
