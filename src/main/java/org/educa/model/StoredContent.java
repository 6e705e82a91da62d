package org.educa.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A content item that keeps an uploaded file: its server-generated name, original name, type and size. */
@MappedSuperclass
public abstract class StoredContent extends Content {

    private static final long serialVersionUID = -547311533496609886L;

    public static final int ORIGINAL_NAME_MAX = 255;
    public static final int MEDIA_TYPE_MAX = 100;

    @Column(name = "original_name", length = ORIGINAL_NAME_MAX)
    private String originalName;

    @Column(name = "media_type", length = MEDIA_TYPE_MAX)
    private String mediaType;

    @Column(name = "file_size")
    private Long fileSize;

    protected StoredContent() {
    }

    protected StoredContent(Module module, User owner, String title, int position) {
        super(module, owner, title, position);
    }

    /** Points this item at a newly stored file; the caller removes the file it replaces. */
    public void store(StoredFile file) {
        setFileName(file.name());
        this.originalName = file.originalName();
        this.mediaType = file.mediaType();
        this.fileSize = file.size();
    }

    public StoredFile getStoredFile() {
        return new StoredFile(getFileName(), originalName, mediaType, fileSize == null ? 0 : fileSize);
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getFileSize() {
        return fileSize == null ? 0 : fileSize;
    }
}
