package org.educa.business.events;

/**
 * Where the public catalog shows a course: its overview (by slug) and the pages of all courses and of its subject's
 * courses that list it, in the orders whose pages are kept (newest first, by title), so that a change of what the
 * course shows (its student count) forgets exactly those pages.
 *
 * @param slug             the course's slug, the key of its overview
 * @param subjectSlug      its subject's slug
 * @param catalogPage      the number (from 1) of the page of all courses that lists it, newest first
 * @param subjectPage      the number (from 1) of the page of its subject's courses that lists it, newest first
 * @param catalogTitlePage the same as {@code catalogPage} in the order of titles
 * @param subjectTitlePage the same as {@code subjectPage} in the order of titles
 */
public record CoursePlace(String slug, String subjectSlug, int catalogPage, int subjectPage, int catalogTitlePage,
        int subjectTitlePage) {
}
