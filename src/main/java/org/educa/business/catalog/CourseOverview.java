package org.educa.business.catalog;

import java.io.Serializable;
import org.educa.model.User;

/**
 * A course as its overview page shows it; the overview as the HTML rendered from its Markdown when it was saved. A
 * draft's ({@code published} false) too: the one cached overview serves everyone, and the page decides who may see it.
 */
public record CourseOverview(long id, String slug, String title, String subjectSlug, String subjectTitle,
        String instructor, long ownerId, String overviewHtml, long modules, boolean published, long students,
        String image) implements Serializable, Covered {

    /** For the query "Catalog.overview". */
    public CourseOverview(Long id, String slug, String title, String subjectSlug, String subjectTitle,
            String firstName, String lastName, String username, Long ownerId, String overviewHtml, Long modules,
            Boolean published, Integer students, String image) {
        this(id, slug, title, subjectSlug, subjectTitle, User.fullName(firstName, lastName, username), ownerId,
                overviewHtml, modules, published, students, image);
    }
}
