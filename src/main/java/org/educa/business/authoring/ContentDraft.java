package org.educa.business.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.educa.model.Content;
import org.educa.model.ContentKind;

/**
 * What a content form edits, with its rules: an existing item (with id) or a new one (id null). One subclass per kind
 * holds the fields of that kind ({@link TextDraft}, {@link VideoDraft}, {@link FileDraft}, {@link ImageDraft}), so that the page's inputs,
 * and {@link ContentAuthoring#save}, which takes the draft {@code @Valid}, check exactly what that kind needs.
 */
public abstract class ContentDraft implements Serializable {

    private static final long serialVersionUID = 5909116561395490809L;

    private final Long id;

    @NotBlank(message = "{field.required}")
    @Size(max = Content.TITLE_MAX, message = "{authoring.content.titleTooLong}")
    private String title;

    protected ContentDraft(Long id, String title) {
        this.id = id;
        this.title = title;
    }

    /** An empty form for a new item of that kind. */
    public static ContentDraft of(ContentKind kind) {
        return switch (kind) {
            case TEXT -> new TextDraft(null, null, null);
            case VIDEO -> new VideoDraft(null, null, null, null);
            case IMAGE -> new ImageDraft(null, null, null, null);
            case FILE -> new FileDraft(null, kind, null, null);
        };
    }

    public abstract ContentKind getKind();

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
