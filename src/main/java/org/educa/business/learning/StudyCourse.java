package org.educa.business.learning;

import java.io.Serializable;
import java.util.List;

/** A course as its student sees it: its modules, one of them open with its contents. */
public record StudyCourse(long id, String slug, String title, List<ModuleItem> modules, ModuleItem current,
        List<ContentItem> contents) implements Serializable {

    public StudyCourse {
        modules = List.copyOf(modules);
        contents = List.copyOf(contents);
    }

    public boolean hasModules() {
        return !modules.isEmpty();
    }
}
