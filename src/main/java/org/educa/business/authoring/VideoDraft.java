package org.educa.business.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.educa.model.ContentKind;
import org.educa.model.VideoContent;

/** A video item's form: its title, a YouTube or Vimeo address and an optional caption or transcript. */
public class VideoDraft extends ContentDraft {

    private static final long serialVersionUID = -7353945456410380130L;

    @NotBlank(message = "{field.required}")
    @Size(max = VideoContent.URL_MAX, message = "{field.tooLong}")
    @EmbeddableVideo
    private String url;

    @Size(max = VideoContent.TRANSCRIPT_MAX, message = "{field.tooLong}")
    private String transcript;

    public VideoDraft(Long id, String title, String url, String transcript) {
        super(id, title);
        this.url = url;
        this.transcript = transcript;
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

    public String getTranscript() {
        return transcript;
    }

    public void setTranscript(String transcript) {
        this.transcript = transcript;
    }
}
