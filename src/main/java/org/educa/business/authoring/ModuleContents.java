package org.educa.business.authoring;

import java.io.Serializable;
import java.util.List;
import org.educa.business.learning.ModuleItem;

/** Everything the module contents page shows: the module, its course's modules (sidebar) and its contents. */
public record ModuleContents(Long moduleId, String moduleTitle, Long courseId, String courseTitle,
        List<ModuleItem> modules, List<ContentItem> contents) implements Serializable {
}
