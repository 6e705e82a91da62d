package org.educa.business.catalog;

import java.time.LocalDateTime;
import org.educa.model.User;

/**
 * What the catalog's page queries select, modules counted in the same statement; becomes a {@link CourseSummary} once
 * the instructor's name is put together.
 */
public record CourseRow(Long id, String slug, String title, String subjectSlug, String subjectTitle,
        String firstName, String lastName, String username, LocalDateTime created, Integer students,
        String image, Long modules) {

    public CourseSummary toSummary() {
        return new CourseSummary(id, slug, title, subjectSlug, subjectTitle, User.fullName(firstName, lastName, username),
                created, modules, students, image);
    }
}
