package org.educa.business.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the catalog.
 *
 * @param courses the courses on this page, in its order
 * @param number  this page's number, from 1
 * @param pages   how many pages there are (at least 1)
 * @param total   how many courses there are in all, or, with {@code more}, how many were counted
 * @param more    whether there are more courses than {@code total} (a search of common words stops counting at
 *                {@link CourseSearch#COUNT_LIMIT})
 */
public record CoursePage(List<CourseSummary> courses, int number, int pages, long total, boolean more)
        implements Serializable {

    public CoursePage {
        courses = List.copyOf(courses);
    }

    /** A page of a list counted to the end. */
    public CoursePage(List<CourseSummary> courses, int number, int pages, long total) {
        this(courses, number, pages, total, false);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }
}
