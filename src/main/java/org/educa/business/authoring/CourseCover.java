package org.educa.business.authoring;

import org.educa.business.catalog.Covered;

/** A course as its cover page shows it: what the cover's placeholder needs, and the cover's stored name (or null). */
public record CourseCover(long id, String title, String subjectSlug, String image) implements Covered {
}
