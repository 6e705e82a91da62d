package org.educa.business.authoring;

import java.io.Serializable;
import java.util.List;
import org.educa.business.learning.ModuleItem;

/** A course's title and its modules in order, for the modules form. */
public record CourseModules(Long courseId, String courseTitle, List<ModuleItem> modules) implements Serializable {
}
