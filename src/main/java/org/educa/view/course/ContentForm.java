package org.educa.view.course;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import org.educa.business.BusinessException;
import org.educa.business.authoring.ContentDraft;
import org.educa.business.authoring.FileCleanup;
import org.educa.business.authoring.FileDraft;
import org.educa.business.authoring.Uploads;
import org.educa.business.monitor.OperatorMetrics;
import org.educa.model.ContentKind;
import org.educa.model.StoredFile;
import org.educa.view.ActiveUser;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * What a content form keeps between its requests ({@link ContentBacking}, whose view it lives and dies with): the
 * kind's draft that the fields bind to and, for a file or an image, the upload not saved yet. A file is checked and
 * stored as soon as it is chosen and becomes the draft's file; it is deleted when a second upload replaces it, or
 * when the view ends without saving it.
 */
@Dependent
public class ContentForm implements Serializable {

    private static final long serialVersionUID = -7503913527047656667L;

    @Inject
    Uploads uploads;

    @Inject
    FileCleanup files;

    @Inject
    ActiveUser activeUser;

    @Inject
    OperatorMetrics metrics;

    private ContentDraft draft;
    private StoredFile pending;

    void edit(ContentDraft draft) {
        this.draft = draft;
    }

    /** Only file and image forms have an upload, so the draft is a {@link FileDraft}. */
    public void upload(FileUploadEvent event) throws IOException {
        OperatorMetrics.Upload kind = draft.getKind() == ContentKind.IMAGE ? OperatorMetrics.Upload.IMAGE
                : OperatorMetrics.Upload.FILE;
        try {
            StoredFile file = uploads.accept(activeUser.getId(), draft.getKind(), event.getFile().getInputStream(),
                    event.getFile().getFileName());
            metrics.upload(kind, true, event.getFile().getSize());
            discard();
            pending = file;
            ((FileDraft) draft).setFile(file);
            Messages.addGlobalInfo("authoring.upload.received", file.originalName());
        } catch (BusinessException e) {
            metrics.upload(kind, false, 0);
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    /** The upload is an item's file now, no longer this form's to delete. */
    void saved() {
        pending = null;
    }

    @PreDestroy
    void discard() {
        if (pending != null) {
            files.deleteNow(pending.name());
            pending = null;
        }
    }

    public ContentDraft getDraft() {
        return draft;
    }

    public long getMaxBytes() {
        return uploads.maxBytes();
    }
}
