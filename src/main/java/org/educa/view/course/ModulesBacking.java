package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.authoring.CourseModules;
import org.educa.business.authoring.ModuleAuthoring;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * {@code /course/{id}/module/}: all modules of a course in one form, like a formset. Rows are added and removed in
 * the page; nothing is stored until "Save", which stores every row at once or, if one is wrong, none.
 */
@Named("courseModules")
@ViewScoped
public class ModulesBacking implements Serializable {

    @Inject
    ModuleAuthoring modules;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "id")
    Long courseId;

    private String courseTitle;
    private List<ModuleRow> rows;

    @PostConstruct
    void load() {
        if (courseId == null) {
            throw new NotFoundException("course");
        }
        CourseModules course = modules.modules(courseId, activeUser.getId());
        courseTitle = course.courseTitle();
        rows = new ArrayList<>(course.modules().stream().map(ModuleRow::of).toList());
        if (rows.isEmpty()) {
            add();
        }
    }

    public void add() {
        rows.add(new ModuleRow(null, "", ""));
    }

    public void remove(ModuleRow row) {
        rows.remove(row);
    }

    public void save() throws IOException {
        boolean valid = true;
        for (ModuleRow row : rows) {
            valid &= row.validate();
        }
        if (!valid) {
            Messages.addGlobalError("authoring.modules.fix");
            return;
        }
        try {
            modules.saveAll(courseId, activeUser.getId(), rows.stream().map(ModuleRow::toDraft).toList());
            Messages.addFlashGlobalInfo("authoring.modules.saved", rows.size());
            RouteLinks.redirectTo("course.modules", courseId);
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    public long getCourseId() {
        return courseId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public List<ModuleRow> getRows() {
        return rows;
    }
}
