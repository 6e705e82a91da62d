package org.educa.view.course;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.educa.business.NotFoundException;
import org.educa.business.authoring.ContentAuthoring;
import org.educa.business.authoring.ContentItem;
import org.educa.business.authoring.ModuleAuthoring;
import org.educa.business.authoring.ModuleContents;
import org.educa.view.ActiveUser;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;
import org.primefaces.event.ReorderEvent;

/**
 * {@code /course/module/{id}/}: the course's modules (sidebar) and this module's contents. A drag or a move button saves
 * the order by one service call, which returns it; PrimeFaces has already moved a dropped row in the table's list.
 */
@Named("courseContents")
@ViewScoped
public class ContentsBacking implements Serializable {

    private static final long serialVersionUID = -4533145751442799515L;

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

    @PostConstruct
    void load() {
        if (moduleId == null) {
            throw new NotFoundException("module");
        }
        page = contents.contents(moduleId, activeUser.getId());
    }

    public void onModuleReorder(ReorderEvent event) {
        long dragged = page.modules().get(event.getToIndex()).id();
        reordered(page.withModules(modules.moveTo(dragged, activeUser.getId(), event.getToIndex())));
    }

    public void onContentReorder(ReorderEvent event) {
        long dragged = page.contents().get(event.getToIndex()).id();
        reordered(page.withContents(contents.moveTo(dragged, activeUser.getId(), event.getToIndex())));
    }

    public void moveModule(long id, int by) {
        reordered(page.withModules(modules.move(id, activeUser.getId(), by)));
    }

    public void moveContent(long id, int by) {
        reordered(page.withContents(contents.move(id, activeUser.getId(), by)));
    }

    public void deleteContent(ContentItem item) {
        page = page.withContents(contents.delete(moduleId, item.id(), activeUser.getId()));
        Messages.addGlobalInfo("authoring.content.deleted", item.title());
    }

    private void reordered(ModuleContents changed) {
        page = changed;
        Messages.addGlobalInfo("authoring.order.saved");
    }

    public ModuleContents getPage() {
        return page;
    }
}
