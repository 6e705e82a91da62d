package org.educa.business.learning;

/**
 * What the study page needs of a course before its modules: its heading, its subject (for the breadcrumbs), whose it
 * is (for the access check) and whether it is published (a draft's page says so).
 */
public record StudyHeading(long id, String slug, String title, String subjectSlug, String subjectTitle, long ownerId,
        boolean published) {
}
