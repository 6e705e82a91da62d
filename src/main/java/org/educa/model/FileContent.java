package org.educa.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A file offered for download. */
@Entity
@DiscriminatorValue(ContentKind.FILE_VALUE)
public class FileContent extends StoredContent {

    private static final long serialVersionUID = -6396966897394361030L;

    protected FileContent() {
    }

    public FileContent(Module module, User owner, String title, int position, StoredFile file) {
        super(module, owner, title, position);
        store(file);
    }

    @Override
    public ContentKind getKind() {
        return ContentKind.FILE;
    }
}
