package org.educa.business.learning;

import java.io.Serializable;

/**
 * Where a student left off in a course they are enrolled in: the module they opened last (null when they have not
 * opened one yet, or it was deleted since) and how many of its modules they marked done.
 */
public record Resume(long courseId, Long lastModuleId, long done) implements Serializable {
}
