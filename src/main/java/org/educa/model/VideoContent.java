package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A YouTube or Vimeo video, embedded in the page, with an optional caption or transcript shown under it. */
@Entity
@DiscriminatorValue(ContentKind.VIDEO_VALUE)
public class VideoContent extends Content {

    private static final long serialVersionUID = 2089835167790827963L;

    public static final int URL_MAX = 500;
    public static final int TRANSCRIPT_MAX = 20000;

    @NotBlank
    @Size(max = URL_MAX)
    @Column(length = URL_MAX)
    private String url;

    @Size(max = TRANSCRIPT_MAX)
    @Column(length = TRANSCRIPT_MAX)
    private String transcript;

    protected VideoContent() {
    }

    public VideoContent(Module module, User owner, String title, int position, String url) {
        this(module, owner, title, position, url, null);
    }

    public VideoContent(Module module, User owner, String title, int position, String url,
            String transcript) {
        super(module, owner, title, position);
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
