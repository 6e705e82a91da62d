package org.educa.business.admin;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.educa.model.User;

/**
 * A course in the administrator's list of all courses, drafts included. Built by the query "Admin.courses"; the number of
 * students is the course's own count (kept by enrolling and leaving).
 */
public record CourseAdminRow(Long id, String slug, String title, String subjectTitle, String firstName,
        String lastName, String username, LocalDateTime created, Long modules, Integer students, boolean published)
        implements Serializable {

    public String instructor() {
        return User.fullName(firstName, lastName, username);
    }
}
