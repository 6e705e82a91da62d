package org.educa.business.learning;

import java.io.Serializable;
import org.educa.model.Content;
import org.educa.model.ContentKind;
import org.educa.model.ImageContent;
import org.educa.model.StoredContent;
import org.educa.model.TextContent;
import org.educa.model.VideoContent;
import org.educa.model.VideoLinks;

/**
 * One content item as a student sees it, whatever its kind: text has its body as HTML (rendered from Markdown when it
 * was saved, {@link TextContent#getBodyHtml}), files and images a stored file name,
 * images their alternative text, videos the address of their embeddable player, the original address (the fallback
 * link under the player) and an optional caption or transcript.
 */
public record ContentItem(long id, ContentKind kind, String title, String html, String fileName, String originalName,
        long fileSize, String playerUrl, String altText, String videoUrl, String transcript) implements Serializable {

    static ContentItem of(Content content) {
        String html = content instanceof TextContent text ? text.getBodyHtml() : null;
        String originalName = content instanceof StoredContent stored ? stored.getOriginalName() : null;
        long size = content instanceof StoredContent stored ? stored.getFileSize() : 0;
        String alt = content instanceof ImageContent image ? image.getAltText() : null;
        VideoContent video = content instanceof VideoContent v ? v : null;
        String player = video == null ? null : VideoLinks.embedUrl(video.getUrl()).orElse(null);
        return new ContentItem(content.getId(), content.getKind(), content.getTitle(), html, content.getFileName(),
                originalName, size, player, alt, video == null ? null : video.getUrl(),
                video == null ? null : video.getTranscript());
    }

    /** The name of the kind for pages and CSS classes: text, file, image, video. */
    public String kindName() {
        return kind.slug();
    }

    /** Whether the original video is on YouTube (else Vimeo), for the words of the link under the player. */
    public boolean onYoutube() {
        return playerUrl != null && playerUrl.contains("youtube");
    }
}
