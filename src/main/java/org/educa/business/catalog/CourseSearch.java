package org.educa.business.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.educa.business.NotFoundException;
import org.educa.model.CourseOrder;

/**
 * Search of the published courses, over all subjects or one: every word must be found in the course's title,
 * overview, subject or instructor's name, as a whole term (words of one character) or as the start of one
 * ("alg" finds "Algebra"), ignoring case and accents ({@link SearchWords}). Reads the index of {@link CourseTerms}
 * by prefix, never the course texts: one statement finds, counts, orders and pages the matches, two more fetch the
 * page's courses and their module counts, however many courses there are.
 *
 * <p>Not cached: the words are the visitor's, so a cache keyed by them could be filled with made-up queries, and
 * would push the catalog's own pages out of the bounded data cache; the search is fast enough without one (bench/).
 */
@ApplicationScoped
public class CourseSearch {

    private final EntityManager em;
    private final CatalogService catalog;

    @Inject
    public CourseSearch(EntityManager em, CatalogService catalog) {
        this.em = em;
        this.catalog = catalog;
    }

    /** For the CDI proxy only. */
    protected CourseSearch() {
        this(null, null);
    }

    /**
     * A page of the courses that match the text, over all courses or one subject's (a slug; unknown: 404), in the
     * given order. A text without a letter or digit matches nothing; a page after the last is a 404 (the first page
     * of no result is an empty page).
     */
    public CoursePage search(String subject, String text, CourseOrder order, int number) {
        Optional<Long> subjectId = Optional.ofNullable(subject).map(slug -> catalog.subjects().stream()
                .filter(count -> count.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NotFoundException("subject " + slug)).id());
        if (number < 1) {
            throw new NotFoundException("search page " + number);
        }
        List<String> words = SearchWords.query(text);
        if (words.isEmpty()) {
            return empty(number);
        }
        List<?> rows = matches(words, subjectId, order, number).getResultList();
        if (rows.isEmpty()) {
            return empty(number);
        }
        long total = ((Number) ((Object[]) rows.get(0))[1]).longValue();
        List<Long> ids = rows.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
        int pages = (int) ((total + CatalogService.PAGE_SIZE - 1) / CatalogService.PAGE_SIZE);
        return new CoursePage(catalog.summaries(catalog.inOrder(ids)), number, pages, total);
    }

    private static CoursePage empty(int number) {
        if (number > 1) {
            throw new NotFoundException("search page " + number);
        }
        return new CoursePage(List.of(), 1, 1, 0);
    }

    /**
     * The ids of the page's courses, each with the number of all matches: for each word the courses with a term that
     * starts with it (and whether one is in the title), kept when every word has one; the words are parameters, the
     * order comes from {@link CourseOrder}.
     */
    private Query matches(List<String> words, Optional<Long> subjectId, CourseOrder order, int number) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder perWord = new StringBuilder();
        for (String word : words) {
            perWord.append(perWord.isEmpty() ? "" : " UNION ALL ")
                    .append("SELECT t.course_id, MAX(CASE WHEN t.origin = 'T' THEN 1 ELSE 0 END) AS hit ")
                    .append("FROM course_term t WHERE ");
            Optional<String> after = after(word);
            if (after.isPresent()) {
                perWord.append("t.term >= ?").append(parameters.size() + 1)
                        .append(" AND t.term < ?").append(parameters.size() + 2);
                parameters.add(word);
                parameters.add(after.get());
            } else {
                perWord.append("t.term = ?").append(parameters.size() + 1);
                parameters.add(word);
            }
            perWord.append(" GROUP BY t.course_id");
        }
        StringBuilder sql = new StringBuilder("SELECT c.id, COUNT(*) OVER () FROM course c JOIN (")
                .append("SELECT w.course_id, SUM(w.hit) AS hits FROM (").append(perWord).append(") w ")
                .append("GROUP BY w.course_id HAVING COUNT(*) = ").append(words.size())
                .append(") h ON h.course_id = c.id WHERE c.published = TRUE");
        if (subjectId.isPresent()) {
            sql.append(" AND c.subject_id = ?").append(parameters.size() + 1);
            parameters.add(subjectId.get());
        }
        sql.append(" ORDER BY ").append(order.sql())
                .append(" OFFSET ?").append(parameters.size() + 1)
                .append(" ROWS FETCH FIRST ?").append(parameters.size() + 2).append(" ROWS ONLY");
        parameters.add((number - 1) * CatalogService.PAGE_SIZE);
        parameters.add(CatalogService.PAGE_SIZE);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /**
     * The first string after all those that start with the word, in the index's order (code points): the word with its
     * last character the next one. Empty for a word of one character, which is searched as a whole term (a prefix
     * of one letter would read a large share of the index), or when there is no next character.
     */
    static Optional<String> after(String word) {
        if (word.codePointCount(0, word.length()) < 2) {
            return Optional.empty();
        }
        int last = word.codePointBefore(word.length());
        if (last >= Character.MAX_CODE_POINT || last == 0xFFFF || last == Character.MIN_SURROGATE - 1) {
            return Optional.empty();
        }
        String head = word.substring(0, word.length() - Character.charCount(last));
        return Optional.of(head + new String(Character.toChars(last + 1)));
    }
}
