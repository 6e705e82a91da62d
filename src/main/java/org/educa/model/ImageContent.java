package org.educa.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A PNG, JPEG, GIF or WebP image shown in the page, with its title as alternative text. */
@Entity
@DiscriminatorValue(ContentKind.IMAGE_VALUE)
public class ImageContent extends StoredContent {

    protected ImageContent() {
    }

    public ImageContent(Module module, User owner, String title, int position, StoredFile file) {
        super(module, owner, title, position);
        store(file);
    }

    @Override
    public ContentKind getKind() {
        return ContentKind.IMAGE;
    }
}
