package org.educa.business.learning;

import java.io.Serializable;
import org.educa.model.Content;
import org.educa.model.ContentKind;
import org.educa.model.StoredContent;
import org.educa.model.TextContent;
import org.educa.model.VideoContent;
import org.educa.model.VideoLinks;

/**
 * One content item as a student sees it, whatever its kind: text has a body, files and images a stored file name,
 * videos the address of their embeddable player.
 */
public record ContentItem(long id, ContentKind kind, String title, String body, String fileName, String originalName,
        long fileSize, String playerUrl) implements Serializable {

    static ContentItem of(Content content) {
        String body = content instanceof TextContent text ? text.getBody() : null;
        String originalName = content instanceof StoredContent stored ? stored.getOriginalName() : null;
        long size = content instanceof StoredContent stored ? stored.getFileSize() : 0;
        String player = content instanceof VideoContent video ? VideoLinks.embedUrl(video.getUrl()).orElse(null) : null;
        return new ContentItem(content.getId(), content.getKind(), content.getTitle(), body, content.getFileName(),
                originalName, size, player);
    }

    /** The name of the kind for pages and CSS classes: text, file, image, video. */
    public String kindName() {
        return kind.slug();
    }
}
