package org.educa.business.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.educa.model.Subject;

/**
 * A subject as the administrator types it: a title (the slug of a new subject is made from it) and, when editing, a
 * slug. The limits are the columns'; white space around either is not kept.
 */
public class SubjectDraft implements Serializable {

    private static final long serialVersionUID = 5414037779669536071L;

    @NotBlank(message = "{admin.subject.titleRequired}")
    @Size(max = Subject.TITLE_MAX, message = "{admin.subject.titleTooLong}")
    private String title;

    @NotBlank(message = "{admin.subject.slugInvalid}")
    @Size(max = Subject.SLUG_MAX, message = "{admin.subject.slugInvalid}")
    @Pattern(regexp = Subject.SLUG_PATTERN, message = "{admin.subject.slugInvalid}")
    private String slug;

    public SubjectDraft() {
    }

    public SubjectDraft(String title, String slug) {
        setTitle(title);
        setSlug(slug);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug == null ? null : slug.strip();
    }
}
