package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.educa.business.BusinessException;
import org.educa.business.authoring.CourseAuthoring;
import org.educa.business.authoring.CoursePublishing;
import org.educa.business.authoring.MyCourse;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.util.Messages;

/**
 * The instructor's own courses, {@code /course/mine/}, each a draft or published, with their actions: publishing
 * (offered once there is a content; the service checks again), unpublishing, and deleting, which asks first.
 */
@Named("courseMine")
@RequestScoped
public class MineBacking {

    @Inject
    CourseAuthoring courses;

    @Inject
    CoursePublishing publishing;

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

    /** Publishes one of the user's courses; one without content is refused with the reason, and stays a draft. */
    public void publish(long courseId) {
        try {
            publishing.publish(courseId, activeUser.getId());
            Messages.addFlashGlobalInfo("drafts.published", titleOf(courseId));
        } catch (BusinessException e) {
            Messages.addFlashGlobalError(e.getMessageKey(), e.getArguments());
        }
        RouteLinks.redirectTo("course.mine");
    }

    /** Takes one of the user's courses out of the catalog. */
    public void unpublish(long courseId) {
        publishing.unpublish(courseId, activeUser.getId());
        Messages.addFlashGlobalInfo("drafts.unpublished", titleOf(courseId));
        RouteLinks.redirectTo("course.mine");
    }

    /** Deletes one of the user's courses (the service refuses anyone else's) and shows the list again. */
    public void delete(long courseId) {
        String title = titleOf(courseId);
        courses.delete(courseId, activeUser.getId());
        Messages.addFlashGlobalInfo("authoring.course.deleted", title);
        RouteLinks.redirectTo("course.mine");
    }

    private String titleOf(long courseId) {
        return mine.stream().filter(course -> course.id() == courseId).map(MyCourse::title).findFirst().orElse("");
    }
}
