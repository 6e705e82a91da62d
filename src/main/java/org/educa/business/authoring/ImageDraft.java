package org.educa.business.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.educa.model.ContentKind;
import org.educa.model.ImageContent;
import org.educa.model.StoredFile;

/** An image item's form: a file's, plus the alternative text that a screen reader says instead of the image. */
public class ImageDraft extends FileDraft {

    private static final long serialVersionUID = 1816056713740206830L;

    @NotBlank(message = "{authoring.content.altRequired}")
    @Size(max = ImageContent.ALT_TEXT_MAX, message = "{field.tooLong}")
    private String altText;

    public ImageDraft(Long id, String title, StoredFile file, String altText) {
        super(id, ContentKind.IMAGE, title, file);
        this.altText = altText;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }
}
