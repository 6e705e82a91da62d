package org.educa.view.admin;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.educa.business.admin.CourseAdminRow;
import org.educa.business.admin.CourseAdminService;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.LazyDataModel;

/** All courses, {@code /admin/courses/}: every instructor's courses, newest first, loaded a page at a time. */
@Named("adminCourses")
@ViewScoped
public class CoursesBacking implements Serializable {

    private static final long serialVersionUID = 269445551026278995L;

    @Inject
    CourseAdminService courses;

    @Inject
    ActiveUser activeUser;

    private final Pager<CourseAdminRow> model = new Pager<>(() -> courses.count(activeUser.getId()),
            (first, size) -> courses.page(activeUser.getId(), first, size));

    public LazyDataModel<CourseAdminRow> getModel() {
        return model;
    }
}
