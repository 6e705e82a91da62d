package org.educa.business.authoring;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.educa.business.learning.Progress;
import org.educa.model.User;

/**
 * One enrolled student of a course's roster: who, how far (modules done of the course's modules) and when they
 * enrolled and last studied in it.
 *
 * @param lastActivity when the student last opened a module of the course they had not opened just before (null on
 *                     enrollments older than the column)
 */
public record RosterRow(long studentId, String username, String firstName, String lastName, LocalDateTime enrolled,
        LocalDateTime lastActivity, Progress progress) implements Serializable {

    /** What the page query selects: the course's module count and the student's completions in it. */
    public RosterRow(Long studentId, String username, String firstName, String lastName, LocalDateTime enrolled,
            LocalDateTime lastActivity, Long modules, Long done) {
        this(studentId, username, firstName, lastName, enrolled, lastActivity,
                new Progress(done.intValue(), modules.intValue()));
    }

    /** First and last name, or the username when both are empty. */
    public String fullName() {
        return User.fullName(firstName, lastName, username);
    }
}
