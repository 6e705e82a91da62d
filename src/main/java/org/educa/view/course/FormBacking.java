package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.educa.business.BusinessException;
import org.educa.business.authoring.CourseAuthoring;
import org.educa.business.authoring.CourseDraft;
import org.educa.business.authoring.SubjectOption;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/** Creates a course ({@code /course/create/}) or edits one ({@code /course/{id}/edit/}); the owner is the user. */
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
    private Long subjectId;
    private String title;
    private String slug;
    private String overview;

    @PostConstruct
    void load() {
        subjects = courses.subjects(activeUser.getId());
        if (courseId != null) {
            CourseDraft draft = courses.draft(courseId, activeUser.getId());
            subjectId = draft.subjectId();
            title = draft.title();
            slug = draft.slug();
            overview = draft.overview();
        }
    }

    public void save() throws IOException {
        CourseDraft draft = new CourseDraft(subjectId, title, slug == null ? null : slug.trim(), overview);
        try {
            if (courseId == null) {
                courseId = courses.create(activeUser.getId(), draft);
                Messages.addFlashGlobalInfo("authoring.course.created", title);
                RouteLinks.redirectTo("course.modules", courseId);
            } else {
                courses.update(courseId, activeUser.getId(), draft);
                Messages.addFlashGlobalInfo("authoring.course.saved", title);
                RouteLinks.redirectTo("course.mine");
            }
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    public boolean isEditing() {
        return courseId != null;
    }

    public Long getCourseId() {
        return courseId;
    }

    public List<SubjectOption> getSubjects() {
        return subjects;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getOverview() {
        return overview;
    }

    public void setOverview(String overview) {
        this.overview = overview;
    }
}
