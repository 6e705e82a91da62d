package org.educa.view.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.educa.business.NotFoundException;
import org.educa.business.catalog.CatalogService;
import org.educa.business.catalog.CourseOverview;
import org.educa.business.learning.EnrollmentService;
import org.educa.business.learning.Progress;
import org.educa.business.learning.Resume;
import org.educa.view.ActiveUser;
import org.educa.view.accounts.EnrollInvitation;
import org.omnifaces.util.Faces;

/**
 * A course's overview, {@code /course/{slug}/}, with the way to enroll that suits the visitor; for someone who just
 * registered or signed in from here and may enroll, with a note that says so next to "Enroll now", which has the focus
 * ({@link EnrollInvitation}).
 *
 * <p>A course that is not published is not found, except by its owner and administrators, who preview it under a
 * banner, and by the students enrolled before it was unpublished, who go on studying it: the cached overview is the
 * same for everyone and says whether the course is published, and this page decides. Nobody is offered to enroll in
 * it; the service refuses too.
 */
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
    EnrollInvitation invitation;

    private CourseOverview course;
    private boolean enrolled;
    private Resume resume;
    private String invited;

    @PostConstruct
    void load() {
        String slug = Faces.getRequestParameter("slug"); // not @Param: see org.educa.view.Pages
        course = catalog.overview(slug);
        Long me = activeUser.getId();
        resume = enrollments.resume(course.id(), me).orElse(null);
        enrolled = resume != null;
        if (!course.published() && !enrolled && !isOwner() && !activeUser.isAdmin()) {
            throw new NotFoundException("draft " + slug + " for user " + me);
        }
        if (me != null) {
            invited = invitation.takeFor(course.slug()).filter(note -> !enrolled && !isOwner()).orElse(null);
        }
    }

    public CourseOverview getCourse() {
        return course;
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    /** For an enrolled student: their progress in the course. */
    public Progress getProgress() {
        return resume == null ? null : new Progress((int) resume.done(), (int) course.modules());
    }

    /** The bundle key of the note inviting the person who just arrived to enroll, or null. */
    public String getInvited() {
        return invited;
    }

    /** Whether the person previews a course that is not published: its owner, or an administrator. */
    public boolean isPreview() {
        return !course.published() && !enrolled;
    }

    /** Whether the person may enroll here: signed in, not enrolled yet, not the owner, and the course published. */
    public boolean isMayEnroll() {
        return activeUser.isSignedIn() && !enrolled && !isOwner() && course.published();
    }

    public boolean isOwner() {
        Long me = activeUser.getId();
        return me != null && course.ownerId() == me;
    }
}
