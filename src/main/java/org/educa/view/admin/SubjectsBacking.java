package org.educa.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.educa.business.BusinessException;
import org.educa.business.NotFoundException;
import org.educa.business.admin.SubjectAdminService;
import org.educa.business.admin.SubjectRow;
import org.educa.model.Subject;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.ViewScoped;

/** Subjects, {@code /admin/subjects/}: the list with course counts; create, edit (in a dialog) and delete. */
@Named("adminSubjects")
@ViewScoped
public class SubjectsBacking implements Serializable {

    @Inject
    SubjectAdminService subjects;

    @Inject
    ActiveUser activeUser;

    private List<SubjectRow> rows;
    private String newTitle;
    private Long editedId;
    private String editedTitle;
    private String editedSlug;

    @PostConstruct
    void load() {
        rows = subjects.list(activeUser.getId());
    }

    public void create() {
        try {
            Subject subject = subjects.create(activeUser.getId(), newTitle);
            Feedback.info("admin.subject.created", subject.getTitle(), subject.getSlug());
            newTitle = null;
            load();
        } catch (BusinessException e) {
            Feedback.refused(e);
        }
    }

    public void edit(SubjectRow row) {
        editedId = row.id();
        editedTitle = row.title();
        editedSlug = row.slug();
    }

    public void save() {
        try {
            Subject subject = subjects.update(activeUser.getId(), editedId == null ? -1 : editedId, editedTitle, editedSlug);
            Feedback.info("admin.subject.saved", subject.getTitle());
        } catch (BusinessException e) {
            Feedback.refused(e);
        } catch (NotFoundException e) {
            Feedback.error("admin.subject.gone");
        }
        load();
    }

    public void delete(SubjectRow row) {
        try {
            subjects.delete(activeUser.getId(), row.id());
            Feedback.info("admin.subject.deleted", row.title());
        } catch (BusinessException e) {
            Feedback.refused(e);
        } catch (NotFoundException e) {
            Feedback.error("admin.subject.gone");
        }
        load();
    }

    public List<SubjectRow> getRows() {
        return rows;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getEditedTitle() {
        return editedTitle;
    }

    public void setEditedTitle(String editedTitle) {
        this.editedTitle = editedTitle;
    }

    public String getEditedSlug() {
        return editedSlug;
    }

    public void setEditedSlug(String editedSlug) {
        this.editedSlug = editedSlug;
    }
}
