package org.educa.business.catalog;

/**
 * A course as its cover shows it: the cover image's stored name (or null), and for the placeholder of a course without
 * one its title's initials on its subject's colour. The catalog's card, the overview and the cover's own page each read
 * a different record of the course; each is {@code Covered}, so one piece of code draws the cover for all.
 */
public interface Covered {

    long id();

    String title();

    String subjectSlug();

    String image();
}
