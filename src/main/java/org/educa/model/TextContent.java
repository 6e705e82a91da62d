package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A piece of text written in Markdown, shown as the HTML {@link Markdown} renders when the text is saved. */
@Entity
@DiscriminatorValue(ContentKind.TEXT_VALUE)
public class TextContent extends Content {

    private static final long serialVersionUID = 2739718307177617499L;

    public static final int BODY_MAX = 20000;

    @NotBlank
    @Size(max = BODY_MAX)
    @Column(length = BODY_MAX)
    private String body;

    /** The body as HTML, rendered whenever the body is set. */
    @Column(name = "body_html")
    private String bodyHtml;

    protected TextContent() {
    }

    public TextContent(Module module, User owner, String title, int position, String body) {
        super(module, owner, title, position);
        setBody(body);
    }

    @Override
    public ContentKind getKind() {
        return ContentKind.TEXT;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    /** Sets the body (Markdown) and renders its HTML, which is saved with it. */
    public void setBody(String body) {
        this.body = body;
        this.bodyHtml = Markdown.toHtml(body, Markdown.TEXT_HEADINGS);
    }
}
