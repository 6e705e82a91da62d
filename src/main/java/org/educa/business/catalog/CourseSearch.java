package org.educa.business.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.educa.business.NotFoundException;
import org.educa.model.CourseOrder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Search of the published courses, over all subjects or one: every word must be found in the course's title,
 * overview, subject or instructor's name, as a whole term (words of one character) or as the start of one
 * ("alg" finds "Algebra"), ignoring case and accents ({@link SearchWords}). Reads the index of {@link CourseTerms}
 * by prefix, never the course texts, and takes one of two roads, so that its cost is bounded however many courses
 * there are and however common the words:
 * <ul>
 *   <li><b>Led by its rarest word</b>, when some word has at most {@code educa.search.lead-limit} index entries (4,000
 *   by default): the courses that have that word, each checked for the others, are counted exactly, ordered and
 *   paged in one statement.</li>
 *   <li><b>Walking the catalog's order</b>, when every word is common (each in thousands of courses, so most courses
 *   have them all): the courses are read in the order asked for, straight from its index, each checked for the words,
 *   until the page is full. The count stops at {@value #COUNT_LIMIT} ("more than 1,000 courses found"). By relevance,
 *   the courses with a word in their title come first, read from the title entries, when those are few enough; when
 *   they are not, the words say little about any one course and the order is the newest first.</li>
 * </ul>
 * Two more statements read the page's 12 courses and their module counts.
 *
 * <p>Not cached: the words are the visitor's, so a cache keyed by them could be filled with made-up queries, and
 * would push the catalog's own pages out of the bounded data cache; the search is fast enough without one (bench/).
 */
@ApplicationScoped
public class CourseSearch {

    /** The most matches a search of common words counts; beyond, the page says there are more. */
    public static final int COUNT_LIMIT = 1_000;

    private final EntityManager em;
    private final CatalogService catalog;
    private final int leadLimit;
    private final int titleLimit;
    private final int countLimit;

    @Inject
    public CourseSearch(EntityManager em, CatalogService catalog,
            @ConfigProperty(name = "educa.search.lead-limit", defaultValue = "4000") int leadLimit) {
        this(em, catalog, leadLimit, leadLimit, COUNT_LIMIT);
    }

    /**
     * A search with limits of its own (tests take each road with a handful of courses).
     *
     * @param leadLimit  the most index entries a word may have and lead the search
     * @param titleLimit the most title entries the words may have for the titled courses to be read first (by
     *                   relevance, when every word is common)
     * @param countLimit the most matches counted when every word is common
     */
    public CourseSearch(EntityManager em, CatalogService catalog, int leadLimit, int titleLimit, int countLimit) {
        this.em = em;
        this.catalog = catalog;
        this.leadLimit = leadLimit;
        this.titleLimit = titleLimit;
        this.countLimit = countLimit;
    }

    /** For the CDI proxy only. */
    protected CourseSearch() {
        this(null, null, 0, 0, 0);
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
        Search search = new Search(words, subjectId, order, (number - 1) * CatalogService.PAGE_SIZE);
        List<Long> entries = entries(words, false);
        int lead = IntStream.range(0, words.size()).boxed().min((a, b) -> Long.compare(entries.get(a), entries.get(b)))
                .orElseThrow();
        Matches matches = entries.get(lead) <= leadLimit ? led(search, words.get(lead)) : walked(search);
        if (matches.ids().isEmpty()) {
            return empty(number);
        }
        int pages = (int) ((matches.total() + CatalogService.PAGE_SIZE - 1) / CatalogService.PAGE_SIZE);
        return new CoursePage(catalog.inOrder(matches.ids()), number, pages, matches.total(),
                matches.more());
    }

    private static CoursePage empty(int number) {
        if (number > 1) {
            throw new NotFoundException("search page " + number);
        }
        return new CoursePage(List.of(), 1, 1, 0);
    }

    /** What a search asks for: its words, where, in which order, and from which match (the page's first). */
    private record Search(List<String> words, Optional<Long> subjectId, CourseOrder order, int offset) {
    }

    /** A page's course ids, with how many courses match (or were counted, if {@code more}). */
    private record Matches(List<Long> ids, long total, boolean more) {

        static final Matches NONE = new Matches(List.of(), 0, false);
    }

    /**
     * For each word, how many index entries start with it (in titles only, if asked), counted up to one more than the
     * limit: enough to know which word leads, at the cost of a few thousand entries at most.
     */
    private List<Long> entries(List<String> words, boolean inTitle) {
        int limit = inTitle ? titleLimit : leadLimit;
        SearchStatement counts = new SearchStatement().sql("SELECT ");
        for (int i = 0; i < words.size(); i++) {
            counts.sql((i == 0 ? "" : ", ") + "(SELECT COUNT(*) FROM (SELECT 1 FROM course_term t WHERE ")
                    .sql(inTitle ? "t.origin = '" + CourseTerms.TITLE + "' AND " : "").term("t", words.get(i))
                    .sql(" FETCH FIRST ").parameter(limit + 1).sql(" ROWS ONLY) e" + i + ")");
        }
        Object row = counts.query(em).getSingleResult();
        Object[] columns = row instanceof Object[] array ? array : new Object[] {row};
        return IntStream.range(0, columns.length).mapToObj(i -> ((Number) columns[i]).longValue()).toList();
    }

    /**
     * The courses that have the leading word (and whether it is in their title), kept when they have every other word
     * too, counted, ordered and paged in one statement. By relevance, each other word found in the title adds a hit.
     */
    private Matches led(Search search, String lead) {
        boolean relevance = search.order() == CourseOrder.RELEVANCE;
        SearchStatement statement = new SearchStatement()
                .sql("SELECT c.id, COUNT(*) OVER () FROM course c JOIN (SELECT d.course_id, d.hit");
        List<String> others = search.words().stream().filter(word -> !word.equals(lead)).toList();
        for (int i = 0; relevance && i < others.size(); i++) {
            statement.sql(" + CASE WHEN ").has("x" + i, "d.course_id", others.get(i), true).sql(" THEN 1 ELSE 0 END");
        }
        statement.sql(" AS hits FROM (SELECT t.course_id, MAX(CASE WHEN t.origin = '" + CourseTerms.TITLE
                + "' THEN 1 ELSE 0 END) AS hit FROM course_term t WHERE ").term("t", lead)
                .sql(" GROUP BY t.course_id) d");
        for (int i = 0; i < others.size(); i++) {
            statement.sql(i == 0 ? " WHERE " : " AND ").has("e" + i, "d.course_id", others.get(i), false);
        }
        statement.sql(") h ON h.course_id = c.id WHERE c.published = TRUE");
        search.subjectId().ifPresent(id -> statement.sql(" AND c.subject_id = ").parameter(id));
        statement.sql(" ORDER BY " + search.order().sql() + " OFFSET ").parameter(search.offset())
                .sql(" ROWS FETCH FIRST ").parameter(CatalogService.PAGE_SIZE).sql(" ROWS ONLY");
        List<Object[]> rows = rows(statement);
        if (rows.isEmpty()) {
            return Matches.NONE;
        }
        return new Matches(rows.stream().map(row -> ((Number) row[0]).longValue()).toList(),
                ((Number) rows.get(0)[1]).longValue(), false);
    }

    /**
     * Every word is common: counts the matches up to the limit, then reads the page in the catalog's own order (by
     * relevance, the courses with a word in their title first, when they are few enough to be read at once).
     */
    private Matches walked(Search search) {
        SearchStatement count = new SearchStatement().sql("SELECT COUNT(*) FROM (SELECT 1 FROM course c WHERE ");
        matching(count, search, false).sql(" FETCH FIRST ").parameter(countLimit + 1).sql(" ROWS ONLY) m");
        long found = ((Number) count.query(em).getSingleResult()).longValue();
        long total = Math.min(found, countLimit);
        if (search.offset() >= total) {
            return Matches.NONE;
        }
        boolean more = found > countLimit;
        if (search.order() != CourseOrder.RELEVANCE) {
            return new Matches(walk(search, search.order(), false, search.offset(), CatalogService.PAGE_SIZE), total,
                    more);
        }
        long titled = entries(search.words(), true).stream().mapToLong(Long::longValue).sum();
        if (titled > titleLimit) {
            return new Matches(walk(search, CourseOrder.NEWEST, false, search.offset(), CatalogService.PAGE_SIZE),
                    total, more);
        }
        List<Long> first = titledFirst(search);
        List<Long> ids = new ArrayList<>(first.subList(Math.min(search.offset(), first.size()),
                Math.min(search.offset() + CatalogService.PAGE_SIZE, first.size())));
        if (ids.size() < CatalogService.PAGE_SIZE) {
            ids.addAll(walk(search, CourseOrder.NEWEST, true, Math.max(0, search.offset() - first.size()),
                    CatalogService.PAGE_SIZE - ids.size()));
        }
        return new Matches(ids, total, more);
    }

    /**
     * The published courses (of the subject) that have every word, read in the order's index: the WHERE fixes the
     * columns the ORDER BY leads with, so that the database walks the index and stops once it has the page. With
     * {@code untitled}, only the courses without any of the words in their title.
     */
    private List<Long> walk(Search search, CourseOrder order, boolean untitled, int offset, int size) {
        SearchStatement page = new SearchStatement().sql("SELECT c.id FROM course c WHERE ");
        matching(page, search, untitled).sql(" ORDER BY " + (search.subjectId().isPresent() ? "c.subject_id, " : "")
                + "c.published, " + order.sql() + " OFFSET ").parameter(offset)
                .sql(" ROWS FETCH FIRST ").parameter(size).sql(" ROWS ONLY");
        return rows(page).stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    private static SearchStatement matching(SearchStatement statement, Search search, boolean untitled) {
        search.subjectId().ifPresent(id -> statement.sql("c.subject_id = ").parameter(id).sql(" AND "));
        statement.sql("c.published = TRUE");
        for (int i = 0; i < search.words().size(); i++) {
            statement.sql(" AND ").has("e" + i, "c.id", search.words().get(i), false);
        }
        for (int i = 0; untitled && i < search.words().size(); i++) {
            statement.sql(" AND NOT ").has("x" + i, "c.id", search.words().get(i), true);
        }
        return statement;
    }

    /**
     * All the matches with a word in their title, by relevance: read from the title entries of the words (few, or this
     * is not asked), each checked for every word and given a hit per word in its title.
     */
    private List<Long> titledFirst(Search search) {
        List<String> words = search.words();
        SearchStatement statement = new SearchStatement().sql("SELECT c.id FROM course c JOIN (SELECT d.course_id, 0");
        for (int i = 0; i < words.size(); i++) {
            statement.sql(" + CASE WHEN ").has("x" + i, "d.course_id", words.get(i), true).sql(" THEN 1 ELSE 0 END");
        }
        statement.sql(" AS hits FROM (");
        for (int i = 0; i < words.size(); i++) {
            statement.sql(i == 0 ? "" : " UNION ").sql("SELECT t.course_id FROM course_term t WHERE t.origin = '"
                    + CourseTerms.TITLE + "' AND ").term("t", words.get(i));
        }
        statement.sql(") d");
        for (int i = 0; i < words.size(); i++) {
            statement.sql(i == 0 ? " WHERE " : " AND ").has("e" + i, "d.course_id", words.get(i), false);
        }
        statement.sql(") h ON h.course_id = c.id WHERE c.published = TRUE");
        search.subjectId().ifPresent(id -> statement.sql(" AND c.subject_id = ").parameter(id));
        statement.sql(" ORDER BY " + CourseOrder.RELEVANCE.sql());
        return rows(statement).stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    private List<Object[]> rows(SearchStatement statement) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : statement.query(em).getResultList()) {
            rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return rows;
    }
}
