package org.educa.business.cache;

import java.util.List;

/** Educa's caches, one per level of caching (see docs/caching.md). */
public final class CacheNames {

    /** Data level: the catalog's subjects with their course counts. */
    public static final String SUBJECTS = "educa-catalog-subjects";
    /** Data level: pages of course summaries, of all courses and of each subject. */
    public static final String COURSE_PAGES = "educa-catalog-pages";
    /** Data level: course overviews by slug. */
    public static final String OVERVIEWS = "educa-catalog-overviews";
    /** Data level: who a signed-in user is (id and name), by username. */
    public static final String USERS = "educa-users";
    /** Fragment level: the rendered contents of a module. */
    public static final String FRAGMENTS = "educa-fragments";
    /** Per-view level: whole student course pages, per user and session. */
    public static final String VIEWS = "educa-views";
    /** Per-site level: whole anonymous pages. */
    public static final String SITE = "educa-site";

    public static final List<String> ALL = List.of(SUBJECTS, COURSE_PAGES, OVERVIEWS, USERS, FRAGMENTS, VIEWS, SITE);

    /** The level of caching a cache belongs to: {@code data}, {@code fragment}, {@code view} or {@code site}. */
    public static String level(String name) {
        return switch (name) {
            case FRAGMENTS -> "fragment";
            case VIEWS -> "view";
            case SITE -> "site";
            default -> "data";
        };
    }

    private CacheNames() {
    }
}
