package org.educa.business.authoring;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A row of an instructor's "my courses" table.
 *
 * @param firstModuleId the module at position 0, where "manage contents" leads; null while the course has none
 * @param published     whether the course is in the public catalog (else a draft)
 * @param contents      how many contents its modules hold: a draft may be published once there is one
 */
public record MyCourse(Long id, String title, String slug, String subjectTitle, LocalDateTime created, Long modules,
        Long firstModuleId, boolean published, long contents, long students) implements Serializable {

    /** What the query selects; the enrolled students are counted by a second query. */
    public MyCourse(Long id, String title, String slug, String subjectTitle, LocalDateTime created, Long modules,
            Long firstModuleId, Boolean published, Long contents) {
        this(id, title, slug, subjectTitle, created, modules, firstModuleId, published, contents, 0);
    }

    /** Whether "Publish" is offered: a draft with at least one module holding at least one content. */
    public boolean publishable() {
        return !published && contents > 0;
    }

    MyCourse withStudents(long count) {
        return new MyCourse(id, title, slug, subjectTitle, created, modules, firstModuleId, published, contents, count);
    }
}
