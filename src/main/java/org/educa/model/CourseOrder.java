package org.educa.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders the catalog and the search results offer ({@code ?sort=}). Each ends on the id, so that an order is total
 * and pages never repeat or skip a course; the SQL of each comes from here, never from the request.
 */
public enum CourseOrder {

    /** Newest first: the catalog's default. */
    NEWEST("newest", "c.created DESC, c.id DESC"),
    /** By title, A to Z. */
    TITLE("title", "c.title, c.id"),
    /** Most students first (the column {@code course.students}), then newest. */
    STUDENTS("students", "c.students DESC, c.id DESC"),
    /** Search only, its default: courses with more of the words in their title first, then newest. */
    RELEVANCE("relevance", "h.hits DESC, c.created DESC, c.id DESC");

    private final String key;
    private final String sql;

    CourseOrder(String key, String sql) {
        this.key = key;
        this.sql = sql;
    }

    /** The value of {@code ?sort=} that asks for this order. */
    public String key() {
        return key;
    }

    /** The ORDER BY list over the course {@code c} (and, for relevance, the search's hits {@code h}). */
    public String sql() {
        return sql;
    }

    /** Whether the catalog without a search offers it (relevance needs words). */
    public boolean forCatalog() {
        return this != RELEVANCE;
    }

    /**
     * Whether its catalog pages may be kept (data and per-site caches). A course's place in the newest and title
     * orders moves only when a course is edited, published or unpublished, which forgets the whole catalog, and an
     * enrollment forgets by key the one page of each that shows the course's count ({@code CatalogPlaces}). Its place
     * by students moves with every enrollment, across as many pages as there are courses with the count it passes:
     * those pages are read afresh each time (one index range, as cheap as the others), never kept stale.
     */
    public boolean kept() {
        return this == NEWEST || this == TITLE;
    }

    /** The order a {@code ?sort=} value names, if it names one. */
    public static Optional<CourseOrder> of(String key) {
        return Arrays.stream(values()).filter(order -> order.key.equals(key)).findFirst();
    }
}
