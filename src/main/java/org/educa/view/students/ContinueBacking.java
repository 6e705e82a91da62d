package org.educa.view.students;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.educa.business.NotFoundException;
import org.educa.business.learning.EnrollmentService;
import org.educa.business.learning.ModuleItem;
import org.educa.business.learning.Resume;
import org.educa.business.learning.StudyCourse;
import org.educa.business.learning.StudyService;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;

/**
 * "Continue", {@code /students/course/{id}/continue/}: sends the student to the module they opened last in the course;
 * when there is none (not opened yet, deleted since, or enrolled anew), to the first module they have not marked done,
 * or the first. Found when the link is followed, so that the pages that show it ("my courses", cached) stay the same
 * while the student moves from module to module. Someone who may not study the course finds nothing here.
 */
@Named("continueCourse")
@RequestScoped
public class ContinueBacking {

    @Inject
    StudyService study;

    @Inject
    EnrollmentService enrollments;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "id")
    Long id;

    public void onLoad() {
        if (id == null) {
            throw new NotFoundException("course to continue");
        }
        StudyCourse course = study.study(id, Optional.empty(), activeUser.getId(), activeUser.getRoles());
        Long last = enrollments.resume(id, activeUser.getId()).map(Resume::lastModuleId).orElse(null);
        Optional<ModuleItem> target = course.modules().stream().filter(module -> module.id().equals(last)).findFirst()
                .or(() -> Optional.ofNullable(course.firstUndone()))
                .or(() -> course.modules().stream().findFirst());
        if (target.isPresent()) {
            RouteLinks.redirectTo("students.module", id, target.get().id());
        } else {
            RouteLinks.redirectTo("students.course", id);
        }
    }
}
