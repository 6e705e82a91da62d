package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A piece of text, shown with its line breaks and never as markup. */
@Entity
@DiscriminatorValue(ContentKind.TEXT_VALUE)
public class TextContent extends Content {

    public static final int BODY_MAX = 20000;

    @NotBlank
    @Size(max = BODY_MAX)
    @Column(length = BODY_MAX)
    private String body;

    protected TextContent() {
    }

    public TextContent(Module module, User owner, String title, int position, String body) {
        super(module, owner, title, position);
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
