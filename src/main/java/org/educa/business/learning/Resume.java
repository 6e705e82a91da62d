package org.educa.business.learning;

import java.io.Serializable;

/**
 * Where a student left off in a course they are enrolled in: the module they opened last (null when they have not
 * opened one yet, or it was deleted since), how many of its modules they marked done, and whether the course is still
 * published (an unpublished one is studied on, but its pages say it left the catalog).
 */
public record Resume(long courseId, Long lastModuleId, long done, boolean published) implements Serializable {
}
