package org.educa.business.authoring;

import java.io.Serializable;
import org.educa.model.Content;
import org.educa.model.ContentKind;
import org.educa.model.StoredContent;
import org.educa.model.TextContent;
import org.educa.model.VideoContent;

/**
 * A content item as the module contents page lists it.
 *
 * @param detail a short description by kind: the file's original name, the video address or the text's beginning
 */
public record ContentItem(Long id, ContentKind kind, String title, int position, String detail)
        implements Serializable {

    static ContentItem of(Content content) {
        String detail = "";
        if (content instanceof StoredContent stored) {
            detail = stored.getOriginalName();
        } else if (content instanceof VideoContent video) {
            detail = video.getUrl();
        } else if (content instanceof TextContent text && text.getBody() != null) {
            detail = text.getBody().length() > 80 ? text.getBody().substring(0, 80) + "…" : text.getBody();
        }
        return new ContentItem(content.getId(), content.getKind(), content.getTitle(), content.getPosition(), detail);
    }

    /** The kind as URLs name it ({@code text}, {@code file}, ...). */
    public String kindSlug() {
        return kind.slug();
    }
}
