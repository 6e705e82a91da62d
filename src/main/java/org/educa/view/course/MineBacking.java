package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.educa.business.authoring.CourseAuthoring;
import org.educa.business.authoring.MyCourse;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.util.Messages;

/** The instructor's own courses, {@code /course/mine/}, with their actions; deleting asks first (p:confirm). */
@Named("courseMine")
@RequestScoped
public class MineBacking {

    @Inject
    CourseAuthoring courses;

    @Inject
    ActiveUser activeUser;

    private List<MyCourse> mine;

    @PostConstruct
    void load() {
        mine = courses.mine(activeUser.getId());
    }

    public List<MyCourse> getCourses() {
        return mine;
    }

    /** Deletes one of the user's courses (the service refuses anyone else's) and shows the list again. */
    public void delete(long courseId) {
        String title = mine.stream().filter(course -> course.id() == courseId).map(MyCourse::title).findFirst()
                .orElse("");
        courses.delete(courseId, activeUser.getId());
        Messages.addFlashGlobalInfo("authoring.course.deleted", title);
        RouteLinks.redirectTo("course.mine");
    }
}
