package org.educa.view.students;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.educa.business.learning.LearnerCourse;
import org.educa.business.learning.StudyService;
import org.educa.view.ActiveUser;

/** "My courses", {@code /students/courses/}: the signed-in student's courses. */
@Named("myCourses")
@RequestScoped
public class CoursesBacking {

    @Inject
    StudyService study;

    @Inject
    ActiveUser activeUser;

    private List<LearnerCourse> courses;

    @PostConstruct
    void load() {
        courses = study.coursesOf(activeUser.getId());
    }

    public List<LearnerCourse> getCourses() {
        return courses;
    }
}
