package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A PNG, JPEG, GIF or WebP image shown in the page, with the alternative text its author wrote for it. */
@Entity
@DiscriminatorValue(ContentKind.IMAGE_VALUE)
public class ImageContent extends StoredContent {

    private static final long serialVersionUID = 5471859473571879851L;

    public static final int ALT_TEXT_MAX = 500;

    @NotBlank
    @Size(max = ALT_TEXT_MAX)
    @Column(name = "alt_text", length = ALT_TEXT_MAX)
    private String altText;

    protected ImageContent() {
    }

    public ImageContent(Module module, User owner, String title, int position, StoredFile file, String altText) {
        super(module, owner, title, position);
        store(file);
        this.altText = altText;
    }

    @Override
    public ContentKind getKind() {
        return ContentKind.IMAGE;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }
}
