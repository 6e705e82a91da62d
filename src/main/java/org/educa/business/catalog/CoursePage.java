package org.educa.business.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the catalog.
 *
 * @param courses the courses on this page, in its order
 * @param number  this page's number, from 1
 * @param pages   how many pages there are (at least 1)
 * @param total   how many courses there are in all
 */
public record CoursePage(List<CourseSummary> courses, int number, int pages, long total) implements Serializable {

    public CoursePage {
        courses = List.copyOf(courses);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }
}
