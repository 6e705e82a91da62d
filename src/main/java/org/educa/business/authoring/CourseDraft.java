package org.educa.business.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import org.educa.model.Course;
import org.educa.model.Subject;

/**
 * What the course form edits, with its rules: the page binds to it (Faces validates each field, PrimeFaces shows the
 * limits and required markers) and {@link CourseAuthoring} takes it {@code @Valid}. The owner is never part of it.
 */
public class CourseDraft implements Serializable {

    private static final long serialVersionUID = -750283776717237977L;

    @NotNull(message = "{field.required}")
    private Long subjectId;

    @NotBlank(message = "{field.required}")
    @Size(max = Course.TITLE_MAX, message = "{authoring.course.titleTooLong}")
    private String title;

    @NotBlank(message = "{field.required}")
    @Size(max = Course.SLUG_MAX, message = "{authoring.course.slugInvalid}")
    @Pattern(regexp = Subject.SLUG_PATTERN, message = "{authoring.course.slugInvalid}")
    private String slug;

    @Size(max = Course.OVERVIEW_MAX, message = "{authoring.course.overviewTooLong}")
    private String overview;

    /** An empty form, for a new course. */
    public CourseDraft() {
    }

    public CourseDraft(Long subjectId, String title, String slug, String overview) {
        this.subjectId = subjectId;
        this.title = title;
        this.slug = slug;
        this.overview = overview;
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

    /** Drafts with the same values are equal, as a course read twice without a change in between is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CourseDraft draft && Objects.equals(subjectId, draft.subjectId)
                && Objects.equals(title, draft.title) && Objects.equals(slug, draft.slug)
                && Objects.equals(overview, draft.overview);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subjectId, title, slug, overview);
    }
}
