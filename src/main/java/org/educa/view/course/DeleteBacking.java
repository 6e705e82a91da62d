package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.educa.business.NotFoundException;
import org.educa.business.authoring.CourseAuthoring;
import org.educa.business.authoring.CourseDraft;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/** {@code /course/{id}/delete/}: asks, then deletes the course with its modules, contents and files. */
@Named("courseDelete")
@RequestScoped
public class DeleteBacking {

    @Inject
    CourseAuthoring courses;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "id")
    Long courseId;

    private CourseDraft course;

    @PostConstruct
    void load() {
        if (courseId == null) {
            throw new NotFoundException("course");
        }
        course = courses.draft(courseId, activeUser.getId());
    }

    public void delete() {
        courses.delete(courseId, activeUser.getId());
        Messages.addFlashGlobalInfo("authoring.course.deleted", course.getTitle());
        RouteLinks.redirectTo("course.mine");
    }

    public CourseDraft getCourse() {
        return course;
    }
}
