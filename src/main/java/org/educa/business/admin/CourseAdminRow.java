package org.educa.business.admin;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.educa.model.User;

/** A course in the administrator's list of all courses. Built by the query "Admin.courses". */
public record CourseAdminRow(Long id, String slug, String title, String subjectTitle, String firstName,
        String lastName, String username, LocalDateTime created, Long modules, Long students) implements Serializable {

    public String instructor() {
        return User.fullName(firstName, lastName, username);
    }
}
