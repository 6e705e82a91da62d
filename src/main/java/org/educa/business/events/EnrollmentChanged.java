package org.educa.business.events;

/**
 * A student enrolled in a course ({@code joined}), or left it; the course's student count changed with it, which the
 * catalog shows where {@code place} says.
 */
public record EnrollmentChanged(long courseId, long studentId, String studentUsername, CoursePlace place,
        boolean joined) {
}
