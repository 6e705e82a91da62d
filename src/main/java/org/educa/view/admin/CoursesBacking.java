package org.educa.view.admin;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.educa.business.admin.CourseAdminRow;
import org.educa.business.admin.CourseAdminService;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** All courses, {@code /admin/courses/}: every instructor's courses, newest first, loaded a page at a time. */
@Named("adminCourses")
@ViewScoped
public class CoursesBacking implements Serializable {

    @Inject
    CourseAdminService courses;

    @Inject
    ActiveUser activeUser;

    private final LazyDataModel<CourseAdminRow> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, courses.count(activeUser.getId()));
        }

        @Override
        public List<CourseAdminRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return courses.page(activeUser.getId(), first, pageSize);
        }
    };

    public LazyDataModel<CourseAdminRow> getModel() {
        return model;
    }
}
