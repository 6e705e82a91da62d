package org.educa.business.authoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.educa.business.learning.ModuleItem;

/**
 * Everything the module contents page shows: the module, its course's modules (sidebar) and its contents. The lists
 * are copies the page's tables may reorder in place, as PrimeFaces does with a dropped row; a change that a service
 * returns replaces them ({@link #withModules}, {@link #withContents}).
 */
public record ModuleContents(Long moduleId, String moduleTitle, Long courseId, String courseTitle,
        List<ModuleItem> modules, List<ContentItem> contents) implements Serializable {

    public ModuleContents {
        modules = new ArrayList<>(modules);
        contents = new ArrayList<>(contents);
    }

    public ModuleContents withModules(List<ModuleItem> order) {
        return new ModuleContents(moduleId, moduleTitle, courseId, courseTitle, order, contents);
    }

    public ModuleContents withContents(List<ContentItem> order) {
        return new ModuleContents(moduleId, moduleTitle, courseId, courseTitle, modules, order);
    }

    /** The module's number as students see it, counting from 1. */
    public int number() {
        return modules.stream().map(ModuleItem::id).toList().indexOf(moduleId) + 1;
    }
}
