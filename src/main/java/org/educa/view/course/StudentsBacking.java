package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.educa.business.NotFoundException;
import org.educa.business.authoring.CourseRoster;
import org.educa.business.authoring.RosterCourse;
import org.educa.business.authoring.RosterRow;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /course/{id}/students/}: who is learning in a course, for its owner and administrators (the service answers
 * anyone else "not found"): a sortable table of the enrolled students, a page at a time. The CSV download of the same
 * rows is {@link StudentsExport}, on the same address with {@code ?format=csv}.
 */
@Named("courseStudents")
@ViewScoped
public class StudentsBacking implements Serializable {

    private static final long serialVersionUID = -7288872082128093653L;

    @Inject
    CourseRoster roster;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "id")
    Long courseId;

    private RosterCourse course;
    private RosterRows rows;

    @PostConstruct
    void load() {
        if (courseId == null) {
            throw new NotFoundException("course");
        }
        course = roster.course(courseId, activeUser.getId());
        long id = course.id();
        rows = new RosterRows(() -> roster.count(id, activeUser.getId()),
                (order, ascending, first, size) -> roster.page(id, activeUser.getId(), order, ascending, first, size));
    }

    public RosterCourse getCourse() {
        return course;
    }

    public LazyDataModel<RosterRow> getRows() {
        return rows;
    }
}
