package org.educa.view.students;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.educa.business.NotFoundException;
import org.educa.business.catalog.CatalogService;
import org.educa.business.learning.LearnerCourse;
import org.educa.business.learning.StudyService;
import org.educa.view.ActiveUser;
import org.educa.view.Route;
import org.omnifaces.cdi.Param;

/**
 * "My courses", {@code /students/courses/}: the signed-in student's courses with their progress and "Continue"; after
 * leaving a course ({@code ?left=<slug>}, a URL the page cache never keeps) a note that says so.
 */
@Named("myCourses")
@RequestScoped
public class CoursesBacking {

    @Inject
    StudyService study;

    @Inject
    CatalogService catalog;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "left")
    String leftSlug;

    private List<LearnerCourse> courses;
    private String left;

    @PostConstruct
    void load() {
        courses = study.coursesOf(activeUser.getId());
        if (Route.accepts("slug", leftSlug)) {
            try {
                left = catalog.overview(leftSlug).title();
            } catch (NotFoundException gone) {
                left = null; // a course deleted meanwhile, or a made-up slug: no note
            }
        }
    }

    public List<LearnerCourse> getCourses() {
        return courses;
    }

    /** The title of the course the student has just left, or null. */
    public String getLeft() {
        return left;
    }
}
