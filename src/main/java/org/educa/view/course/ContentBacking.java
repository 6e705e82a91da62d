package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import org.educa.business.NotFoundException;
import org.educa.business.authoring.ContentAuthoring;
import org.educa.business.authoring.ContentDraft;
import org.educa.model.ContentKind;
import org.educa.view.ActiveUser;
import org.educa.view.RouteLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * Creates or edits a content item of one kind: {@code /course/module/{id}/content/{kind}/create/} and
 * {@code .../{kind}/{itemId}/}. The page's fields and its upload are the {@link ContentForm}'s.
 */
@Named("courseContent")
@ViewScoped
public class ContentBacking implements Serializable {

    private static final long serialVersionUID = -5116751811861436180L;

    @Inject
    ContentAuthoring contents;

    @Inject
    ContentForm form;

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

    @PostConstruct
    void load() {
        if (moduleId == null) {
            throw new NotFoundException("module");
        }
        moduleTitle = contents.moduleTitle(moduleId, activeUser.getId());
        form.edit(itemId == null ? ContentDraft.of(kind) : contents.draft(moduleId, kind, itemId, activeUser.getId()));
    }

    public void save() {
        try {
            contents.save(moduleId, activeUser.getId(), form.getDraft());
            form.saved();
            Messages.addFlashGlobalInfo("authoring.content.saved", form.getDraft().getTitle());
            RouteLinks.redirectTo("course.contents", moduleId);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(violation -> Messages.addGlobalError(violation.getMessage()));
        }
    }

    public long getModuleId() {
        return moduleId;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public ContentForm getForm() {
        return form;
    }
}
