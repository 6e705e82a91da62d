package org.educa.business.events;

/** A student enrolled in a course, or left it. */
public record EnrollmentChanged(long courseId, long studentId, String studentUsername) {
}
