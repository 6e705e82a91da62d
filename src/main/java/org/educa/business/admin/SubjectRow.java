package org.educa.business.admin;

import java.io.Serializable;

/** A subject in the administrator's list, with the number of courses filed under it. */
public record SubjectRow(Long id, String title, String slug, Long courses) implements Serializable {

    public boolean inUse() {
        return courses > 0;
    }
}
