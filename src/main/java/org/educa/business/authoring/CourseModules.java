package org.educa.business.authoring;

import java.io.Serializable;
import java.util.List;

/** A course's title and its modules in order, for the modules form. */
public record CourseModules(Long courseId, String courseTitle, List<ModuleItem> modules) implements Serializable {
}
