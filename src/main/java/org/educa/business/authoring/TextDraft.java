package org.educa.business.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.educa.model.ContentKind;
import org.educa.model.TextContent;

/** A text item's form: its title and its text. */
public class TextDraft extends ContentDraft {

    private static final long serialVersionUID = 8432170877345638482L;

    @NotBlank(message = "{field.required}")
    @Size(max = TextContent.BODY_MAX, message = "{authoring.content.bodyTooLong}")
    private String body;

    public TextDraft(Long id, String title, String body) {
        super(id, title);
        this.body = body;
    }

    @Override
    public ContentKind getKind() {
        return ContentKind.TEXT;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
