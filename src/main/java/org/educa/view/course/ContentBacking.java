package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.authoring.ContentAuthoring;
import org.educa.business.authoring.ContentDraft;
import org.educa.business.authoring.FileCleanup;
import org.educa.business.authoring.Uploads;
import org.educa.model.ContentKind;
import org.educa.model.StoredFile;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * Creates or edits a content item of one kind: {@code /course/module/{id}/content/{kind}/create/} and
 * {@code .../{kind}/{itemId}/}. A file is uploaded (with progress) before the form is saved; an upload that is
 * never saved is deleted when the view ends.
 */
@Named("courseContent")
@ViewScoped
public class ContentBacking implements Serializable {

    @Inject
    ContentAuthoring contents;

    @Inject
    Uploads uploads;

    @Inject
    FileCleanup files;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "module")
    Long moduleId;

    @Inject
    @Param(name = "kind", converterClass = ContentKindConverter.class)
    ContentKind kind;

    @Inject
    @Param(name = "item")
    Long itemId;

    private String moduleTitle;
    private String title;
    private String body;
    private String url;
    private StoredFile current;
    private StoredFile pending;

    @PostConstruct
    void load() {
        if (moduleId == null || kind == null) {
            throw new NotFoundException("module " + moduleId + ", kind " + kind);
        }
        moduleTitle = contents.moduleTitle(moduleId, activeUser.getId());
        ContentDraft draft = itemId == null ? new ContentDraft("", "", "", null)
                : contents.draft(moduleId, kind, itemId, activeUser.getId());
        title = draft.title();
        body = draft.body();
        url = draft.url();
        current = draft.file();
    }

    /** Checks and keeps an uploaded file until the form is saved; a second upload replaces the first. */
    public void upload(FileUploadEvent event) throws IOException {
        try {
            StoredFile file = uploads.accept(activeUser.getId(), kind, event.getFile().getInputStream(), event.getFile().getFileName());
            discardPending();
            pending = file;
            Messages.addGlobalInfo("authoring.upload.received", file.originalName());
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    public void save() throws IOException {
        try {
            contents.save(moduleId, kind, itemId, activeUser.getId(), new ContentDraft(title, body, url, pending));
            pending = null;
            Messages.addFlashGlobalInfo("authoring.content.saved", title);
            RouteLinks.redirectTo("course.contents", moduleId);
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        }
    }

    @PreDestroy
    void discardPending() {
        if (pending != null) {
            files.deleteNow(pending.name());
            pending = null;
        }
    }

    public long getModuleId() {
        return moduleId;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public ContentKind getKind() {
        return kind;
    }

    public boolean isEditing() {
        return itemId != null;
    }

    /** The file that saving will keep: the new upload, else the item's current file. */
    public StoredFile getFile() {
        return pending != null ? pending : current;
    }

    public long getMaxBytes() {
        return uploads.maxBytes();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
