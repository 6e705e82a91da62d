package org.educa.business.events;

/** A student was enrolled in a course. */
public record EnrollmentChanged(long courseId, long studentId, String studentUsername) {
}
