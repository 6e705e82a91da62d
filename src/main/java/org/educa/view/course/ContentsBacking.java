package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.educa.business.NotFoundException;
import org.educa.business.authoring.ContentAuthoring;
import org.educa.business.authoring.ContentItem;
import org.educa.business.authoring.ModuleAuthoring;
import org.educa.business.authoring.ModuleContents;
import org.educa.business.authoring.ModuleItem;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;
import org.primefaces.event.ReorderEvent;

/**
 * {@code /course/module/{id}/}: the course's modules in a sidebar and this module's contents. Dragging a row or
 * pressing move up / down saves the new order at once; the services check ownership again on every request.
 */
@Named("courseContents")
@ViewScoped
public class ContentsBacking implements Serializable {

    @Inject
    ContentAuthoring contents;

    @Inject
    ModuleAuthoring modules;

    @Inject
    ActiveUser activeUser;

    @Inject
    @Param(name = "module")
    Long moduleId;

    private ModuleContents page;
    private List<ModuleItem> moduleRows;
    private List<ContentItem> contentRows;

    @PostConstruct
    void load() {
        if (moduleId == null) {
            throw new NotFoundException("module");
        }
        reload();
    }

    public void onModuleReorder(ReorderEvent event) {
        moveModuleTo(at(page.modules(), event.getFromIndex()).id(), event.getToIndex());
    }

    public void onContentReorder(ReorderEvent event) {
        moveContentTo(at(page.contents(), event.getFromIndex()).id(), event.getToIndex());
    }

    public void moveModule(long id, int by) {
        modules.move(id, activeUser.getId(), by);
        saved();
    }

    public void moveContent(long id, int by) {
        contents.move(id, activeUser.getId(), by);
        saved();
    }

    public void deleteContent(ContentItem item) {
        contents.delete(moduleId, item.id(), activeUser.getId());
        reload();
        Messages.addGlobalInfo("authoring.content.deleted", item.title());
    }

    private void moveModuleTo(long id, int index) {
        modules.moveTo(id, activeUser.getId(), index);
        saved();
    }

    private void moveContentTo(long id, int index) {
        contents.moveTo(id, activeUser.getId(), index);
        saved();
    }

    private static <T> T at(List<T> rows, int index) {
        if (index < 0 || index >= rows.size()) {
            throw new NotFoundException("row " + index);
        }
        return rows.get(index);
    }

    private void saved() {
        reload();
        Messages.addGlobalInfo("authoring.order.saved");
    }

    private void reload() {
        page = contents.contents(moduleId, activeUser.getId());
        // The tables get copies: PrimeFaces moves the dropped row in its value list itself.
        moduleRows = new ArrayList<>(page.modules());
        contentRows = new ArrayList<>(page.contents());
    }

    public ModuleContents getPage() {
        return page;
    }

    /** The module's number as students see it, counting from 1. */
    public int getNumber() {
        return page.modules().stream().map(ModuleItem::id).toList().indexOf(moduleId) + 1;
    }

    public List<ModuleItem> getModules() {
        return moduleRows;
    }

    public List<ContentItem> getContents() {
        return contentRows;
    }
}
