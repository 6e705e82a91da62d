package org.educa.business.learning;

import java.io.Serializable;
import org.educa.business.catalog.CourseSummary;

/**
 * A course on a student's "my courses": the catalog's summary and how far the student is. Its "Continue" goes through
 * {@code /students/course/{id}/continue/}, which finds where they left off when it is followed, so that the cached
 * page need not change each time the student opens another module. {@code listed} is false once the course has been
 * unpublished: the student goes on studying it, and the card says it is no longer in the catalog.
 */
public record LearnerCourse(CourseSummary course, Progress progress, boolean listed) implements Serializable {

    static LearnerCourse of(CourseSummary course, Resume resume) {
        long done = resume == null ? 0 : resume.done();
        return new LearnerCourse(course, new Progress((int) done, (int) course.modules()),
                resume == null || resume.published());
    }
}
