package org.educa.view.students;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.educa.business.NotFoundException;
import org.educa.business.learning.EnrollmentService;
import org.educa.business.learning.StudyCourse;
import org.educa.business.learning.StudyService;
import org.educa.view.ActiveUser;
import org.educa.view.PlainForm;
import org.educa.view.Routes;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Leaving a course, {@code /students/course/{id}/leave/}: a GET asks for confirmation (it works without JavaScript),
 * the POST of its form — with the session's token — takes the student out of the course and goes to "my courses",
 * which says so. Only a student enrolled in the course finds this page.
 */
@Named("leave")
@RequestScoped
public class LeaveBacking {

    @Inject
    PlainForm form;

    @Inject
    ActiveUser activeUser;

    @Inject
    StudyService study;

    @Inject
    EnrollmentService enrollments;

    @Inject
    StudyTrail trail;

    @Inject
    @Param(name = "id")
    Long id;

    private StudyCourse course;

    @PostConstruct
    void load() {
        if (id == null) {
            throw new NotFoundException("course to leave");
        }
        course = study.study(id, Optional.empty(), activeUser.getId(), activeUser.getRoles());
        if (!course.enrolled()) {
            throw new NotFoundException("enrollment in course " + id);
        }
    }

    public void onLoad() throws IOException {
        if (!form.isPost() || !form.tokenAccepted()) {
            return; // a GET: the confirmation
        }
        enrollments.leave(id, activeUser.getId());
        trail.forget(id);
        Faces.redirect(Faces.getRequestContextPath() + Routes.path("students.courses") + "?left=" + course.slug());
    }

    public StudyCourse getCourse() {
        return course;
    }
}
