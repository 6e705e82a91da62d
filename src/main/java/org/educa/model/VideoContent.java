package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A YouTube or Vimeo video, embedded in the page. */
@Entity
@DiscriminatorValue(ContentKind.VIDEO_VALUE)
public class VideoContent extends Content {

    public static final int URL_MAX = 500;

    @NotBlank
    @Size(max = URL_MAX)
    @Column(length = URL_MAX)
    private String url;

    protected VideoContent() {
    }

    public VideoContent(Module module, User owner, String title, int position, String url) {
        super(module, owner, title, position);
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
