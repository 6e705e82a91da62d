package org.educa.business.authoring;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A row of an instructor's "my courses" table.
 *
 * @param firstModuleId the module at position 0, where "manage contents" leads; null while the course has none
 */
public record MyCourse(Long id, String title, String slug, String subjectTitle, LocalDateTime created, Long modules,
        Long firstModuleId, long students) implements Serializable {

    /** What the query selects; the enrolled students are counted by a second query. */
    public MyCourse(Long id, String title, String slug, String subjectTitle, LocalDateTime created, Long modules,
            Long firstModuleId) {
        this(id, title, slug, subjectTitle, created, modules, firstModuleId, 0);
    }

    MyCourse withStudents(long count) {
        return new MyCourse(id, title, slug, subjectTitle, created, modules, firstModuleId, count);
    }
}
