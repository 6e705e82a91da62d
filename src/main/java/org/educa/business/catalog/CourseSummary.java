package org.educa.business.catalog;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One course as the catalog lists it, with its numbers of modules and of students, and its cover (or null). */
public record CourseSummary(long id, String slug, String title, String subjectSlug, String subjectTitle,
        String instructor, LocalDateTime created, long modules, long students, String image) implements Serializable, Covered {
}
