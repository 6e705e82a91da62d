package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.authoring.CourseModules;
import org.educa.business.authoring.ModuleAuthoring;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /course/{id}/module/}: all modules of a course in one form, like a formset. Rows are added and removed in the
 * page without checking them; "Save" stores every row at once or, if Faces finds one wrong, none.
 */
@Named("courseModules")
@ViewScoped
public class ModulesBacking implements Serializable {

    private static final long serialVersionUID = 4277367514960502717L;

    @Inject
    ModuleAuthoring modules;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "id")
    Long courseId;

    private CourseModules course;
    private ModuleRows rows;

    @PostConstruct
    void load() {
        if (courseId == null) {
            throw new NotFoundException("course");
        }
        course = modules.modules(courseId, activeUser.getId());
        rows = new ModuleRows(course.modules());
    }

    /** After the form was checked: one message above the rows when one is wrong (each says what). */
    public void checked() {
        if (Faces.isValidationFailed()) {
            Messages.addGlobalError("authoring.modules.fix");
        }
    }

    public void save() {
        try {
            modules.saveAll(courseId, activeUser.getId(), rows.getList());
            Messages.addFlashGlobalInfo("authoring.modules.saved", rows.getList().size());
            RouteLinks.redirectTo("course.modules", courseId);
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        } catch (ConstraintViolationException e) {
            Messages.addGlobalError("authoring.modules.fix");
        }
    }

    public CourseModules getCourse() {
        return course;
    }

    public ModuleRows getRows() {
        return rows;
    }
}
