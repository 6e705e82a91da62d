package org.educa.business.events;

/** A student marked modules of a course done, or took a mark back. */
public record ProgressChanged(long courseId, long studentId, String studentUsername) {
}
