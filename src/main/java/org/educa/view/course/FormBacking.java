package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.educa.business.BusinessException;
import org.educa.business.authoring.CourseAuthoring;
import org.educa.business.authoring.CourseDraft;
import org.educa.business.authoring.SubjectOption;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * Creates a course ({@code /course/create/}) or edits one ({@code /course/{id}/edit/}); the owner is the user. The
 * fields bind to a {@link CourseDraft}, whose rules Faces checks before {@link #save} runs.
 */
@Named("courseForm")
@RequestScoped
public class FormBacking {

    @Inject
    CourseAuthoring courses;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "id")
    Long courseId;

    private List<SubjectOption> subjects;
    private CourseDraft draft = new CourseDraft();

    @PostConstruct
    void load() {
        subjects = courses.subjects(activeUser.getId());
        if (courseId != null) {
            draft = courses.draft(courseId, activeUser.getId());
        }
    }

    public void save() {
        try {
            if (courseId == null) {
                long created = courses.create(activeUser.getId(), draft);
                Messages.addFlashGlobalInfo("authoring.course.created", draft.getTitle());
                RouteLinks.redirectTo("course.modules", created);
            } else {
                courses.update(courseId, activeUser.getId(), draft);
                Messages.addFlashGlobalInfo("authoring.course.saved", draft.getTitle());
                RouteLinks.redirectTo("course.mine");
            }
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(violation -> Messages.addGlobalError(violation.getMessage()));
        }
    }

    public Long getCourseId() {
        return courseId;
    }

    public boolean isEditing() {
        return courseId != null;
    }

    public List<SubjectOption> getSubjects() {
        return subjects;
    }

    public CourseDraft getDraft() {
        return draft;
    }
}
