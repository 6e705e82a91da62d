package org.educa.business.learning;

import java.io.Serializable;
import org.educa.business.catalog.CourseSummary;

/**
 * A course on a student's "my courses": the catalog's summary, how far the student is, and the module "Continue" leads
 * to (null: the course's first, since the student has not opened one yet).
 */
public record LearnerCourse(CourseSummary course, Progress progress, Long continueModuleId) implements Serializable {

    static LearnerCourse of(CourseSummary course, Resume resume) {
        long done = resume == null ? 0 : resume.done();
        return new LearnerCourse(course, new Progress((int) done, (int) course.modules()),
                resume == null ? null : resume.lastModuleId());
    }
}
