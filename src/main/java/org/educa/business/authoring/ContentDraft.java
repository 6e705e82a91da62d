package org.educa.business.authoring;

import java.io.Serializable;
import org.educa.model.StoredFile;

/**
 * What a content form edits. Only the field of the item's kind counts: {@code body} for text, {@code url} for
 * video, {@code file} for file and image (on edit, null keeps the current file).
 */
public record ContentDraft(String title, String body, String url, StoredFile file) implements Serializable {
}
