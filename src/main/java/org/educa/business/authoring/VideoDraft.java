package org.educa.business.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.educa.model.ContentKind;
import org.educa.model.VideoContent;

/** A video item's form: its title and a YouTube or Vimeo address. */
public class VideoDraft extends ContentDraft {

    @NotBlank(message = "{field.required}")
    @Size(max = VideoContent.URL_MAX, message = "{field.tooLong}")
    @EmbeddableVideo
    private String url;

    public VideoDraft(Long id, String title, String url) {
        super(id, title);
        this.url = url;
    }

    @Override
    public ContentKind getKind() {
        return ContentKind.VIDEO;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
