package org.educa.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.educa.business.admin.SubjectAdminService;
import org.educa.business.admin.SubjectDraft;
import org.educa.business.admin.SubjectRow;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/** Subjects, {@code /admin/subjects/}: the list with course counts; create, edit (in a dialog) and delete. */
@Named("adminSubjects")
@ViewScoped
public class SubjectsBacking implements Serializable {

    private static final long serialVersionUID = 8468010834994153412L;

    @Inject
    SubjectAdminService subjects;

    @Inject
    ActiveUser activeUser;

    private List<SubjectRow> rows;
    private SubjectDraft added = new SubjectDraft();
    private SubjectDraft edited = new SubjectDraft();
    private long editedId = -1;

    @PostConstruct
    void load() {
        rows = subjects.list(activeUser.getId());
    }

    public void create() {
        attempt(() -> {
            var subject = subjects.create(activeUser.getId(), added.getTitle());
            Messages.addGlobalInfo("admin.subject.created", subject.getTitle(), subject.getSlug());
            added = new SubjectDraft();
        });
    }

    public void edit(SubjectRow row) {
        editedId = row.id();
        edited = new SubjectDraft(row.title(), row.slug());
    }

    public void save() {
        attempt(() -> Messages.addGlobalInfo("admin.subject.saved",
                subjects.update(activeUser.getId(), editedId, edited.getTitle(), edited.getSlug()).getTitle()));
    }

    public void delete(SubjectRow row) {
        attempt(() -> {
            subjects.delete(activeUser.getId(), row.id());
            Messages.addGlobalInfo("admin.subject.deleted", row.title());
        });
    }

    private void attempt(Runnable change) {
        Attempt.of(change, "admin.subject.gone");
        load();
    }

    public List<SubjectRow> getRows() {
        return rows;
    }

    public SubjectDraft getAdded() {
        return added;
    }

    public SubjectDraft getEdited() {
        return edited;
    }
}
