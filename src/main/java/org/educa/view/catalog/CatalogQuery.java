package org.educa.view.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.educa.business.catalog.SearchWords;
import org.educa.model.CourseOrder;

/**
 * What a catalog address asks for besides its subject: the words of {@code ?q=} (blank is no search) and the order of
 * {@code ?sort=}; and the addresses of its sorts (the words kept, from the first page) and pages (words and order
 * kept). An order the page does not offer, unknown or "relevance" without words, is the default order: a mistyped or
 * stale link still shows the courses (the page cache keeps only the known ones).
 *
 * @param path  the listing's path, without the context path
 * @param words the search as typed, without surrounding spaces, at most {@link SearchWords#QUERY_MAX_CHARS} long;
 *              empty for the catalog itself
 * @param order the order of the courses
 * @param chosen whether {@code ?sort=} named the order (links then keep it)
 */
public record CatalogQuery(String path, String words, CourseOrder order, boolean chosen) {

    public static CatalogQuery of(String path, String q, String sort) {
        String words = q == null ? "" : q.strip();
        if (words.length() > SearchWords.QUERY_MAX_CHARS) {
            words = words.substring(0, SearchWords.QUERY_MAX_CHARS);
        }
        boolean searching = !words.isEmpty();
        CourseOrder fallback = searching ? CourseOrder.RELEVANCE : CourseOrder.NEWEST;
        CourseOrder order = CourseOrder.of(sort).filter(known -> searching || known.forCatalog()).orElse(fallback);
        return new CatalogQuery(path, words, order, order != fallback);
    }

    public boolean searching() {
        return !words.isEmpty();
    }

    /** The orders this page offers. */
    public List<CourseOrder> orders() {
        return Arrays.stream(CourseOrder.values()).filter(offered -> searching() || offered.forCatalog()).toList();
    }

    /** The address of this listing in another order: the words kept, the first page. */
    public String sortUrl(CourseOrder other) {
        return address(other, other != defaultOrder(), 1);
    }

    /** The address of another page of this listing: words and order kept. */
    public String pageUrl(int number) {
        return address(order, chosen, number);
    }

    /** The address of this listing without the words (the empty state's "clear"). */
    public String clearUrl() {
        return path;
    }

    private CourseOrder defaultOrder() {
        return searching() ? CourseOrder.RELEVANCE : CourseOrder.NEWEST;
    }

    private String address(CourseOrder sort, boolean named, int number) {
        StringBuilder query = new StringBuilder();
        if (searching()) {
            query.append("q=").append(URLEncoder.encode(words, StandardCharsets.UTF_8));
        }
        if (named) {
            query.append(query.isEmpty() ? "" : "&").append("sort=").append(sort.key());
        }
        if (number > 1) {
            query.append(query.isEmpty() ? "" : "&").append("page=").append(number);
        }
        return query.isEmpty() ? path : path + "?" + query;
    }
}
