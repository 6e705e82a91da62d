package org.educa.view.students;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.learning.EnrollmentService;
import org.educa.view.ActiveUser;
import org.educa.view.PlainForm;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code POST /students/enroll-course/} from a course overview: enrolls the signed-in user (once, however often it
 * is sent) and goes on to the course's contents. Without the session's token it is refused. A course that takes no
 * new students (it was unpublished while the overview was open) is answered 409 with a page that says so.
 */
@Named("enroll")
@RequestScoped
public class EnrollBacking {

    @Inject
    PlainForm form;

    @Inject
    ActiveUser activeUser;

    @Inject
    EnrollmentService enrollments;

    /** The course's id, sent in the form's body; anything but a number is no course. */
    @Inject
    @Param(name = "course")
    Long course;

    /** The bundle key of the reason the enrollment was refused, or null. */
    private String refused;

    public void onLoad() throws IOException {
        if (!form.accepted()) {
            return;
        }
        if (course == null) {
            throw new NotFoundException("course to enroll in");
        }
        try {
            enrollments.enroll(course, activeUser.getId());
        } catch (BusinessException closed) {
            refused = closed.getMessageKey();
            Faces.setResponseStatus(HttpServletResponse.SC_CONFLICT);
            return;
        }
        RouteLinks.redirectTo("students.course", course);
    }

    public String getRefused() {
        return refused;
    }
}
