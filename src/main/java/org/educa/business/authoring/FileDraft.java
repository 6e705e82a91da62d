package org.educa.business.authoring;

import jakarta.validation.constraints.NotNull;
import org.educa.model.ContentKind;
import org.educa.model.StoredFile;

/**
 * A file or image item's form: its title and the file to keep, which is the item's current file until a new upload
 * ({@link Uploads#accept}) replaces it. No input binds the file, so its rule is checked when the service is called.
 */
public class FileDraft extends ContentDraft {

    private static final long serialVersionUID = 7561007860387045211L;

    private final ContentKind kind;

    @NotNull(message = "{authoring.content.fileRequired}")
    private StoredFile file;

    public FileDraft(Long id, ContentKind kind, String title, StoredFile file) {
        super(id, title);
        if (!kind.isStored()) {
            throw new IllegalArgumentException(kind + " keeps no file");
        }
        this.kind = kind;
        this.file = file;
    }

    @Override
    public ContentKind getKind() {
        return kind;
    }

    public StoredFile getFile() {
        return file;
    }

    public void setFile(StoredFile file) {
        this.file = file;
    }
}
