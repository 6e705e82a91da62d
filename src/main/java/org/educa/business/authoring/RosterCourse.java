package org.educa.business.authoring;

import java.io.Serializable;

/**
 * The course whose roster is shown: its heading, how many modules a student can mark done and how many students are
 * enrolled. Read in one statement, which is also the roster's count.
 *
 * @param ownerId who may see the roster besides administrators
 */
public record RosterCourse(long id, String title, String slug, long ownerId, long modules, long students)
        implements Serializable {

    /** What the query selects (its counts come as {@code Long}). */
    public RosterCourse(Long id, String title, String slug, Long ownerId, Long modules, Long students) {
        this(id.longValue(), title, slug, ownerId.longValue(), modules.longValue(), students.longValue());
    }
}
