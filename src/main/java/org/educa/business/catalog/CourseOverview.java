package org.educa.business.catalog;

import java.io.Serializable;
import org.educa.model.User;

/** A course as its overview page shows it. */
public record CourseOverview(long id, String slug, String title, String subjectSlug, String subjectTitle,
        String instructor, long ownerId, String overview, long modules, long students, String image)
        implements Serializable {

    /** For the query "Catalog.overview". */
    public CourseOverview(Long id, String slug, String title, String subjectSlug, String subjectTitle,
            String firstName, String lastName, String username, Long ownerId, String overview, Long modules,
            Integer students, String image) {
        this(id, slug, title, subjectSlug, subjectTitle, User.fullName(firstName, lastName, username), ownerId, overview,
                modules, students, image);
    }
}
