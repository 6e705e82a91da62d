package org.educa.business.learning;

import java.io.Serializable;
import java.util.List;

/** A course as its student sees it: its modules, one of them open ({@code current}, null when there are none). */
public record StudyCourse(long id, String slug, String title, List<ModuleItem> modules, ModuleItem current)
        implements Serializable {

    public StudyCourse {
        modules = List.copyOf(modules);
    }

    public boolean hasModules() {
        return !modules.isEmpty();
    }
}
