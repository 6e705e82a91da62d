package org.educa.business.events;

/**
 * A course was created, edited or deleted (its title, slug, subject, overview or owner's view of it). Fired by the
 * services that change it; observed after the transaction commits to evict what is now stale.
 */
public record CourseChanged(long courseId) {
}
