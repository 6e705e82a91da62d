package org.educa.business.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.educa.business.NotFoundException;
import org.educa.business.cache.CacheNames;
import org.educa.business.cache.Cached;
import org.educa.model.CourseOrder;

/**
 * The public catalog: subjects with their course counts, pages of course summaries, and course overviews.
 * Every method returns read models (records) and runs a fixed number of statements whatever the data size; the
 * results are cached in JCache (shared by the cluster; {@link Cached}, which degrades to the database when the cache
 * fails) and evicted by {@code CacheEviction} when a change is committed.
 */
@ApplicationScoped
public class CatalogService {

    public static final int PAGE_SIZE = 12;

    private final EntityManager em;

    @Inject
    public CatalogService(EntityManager em) {
        this.em = em;
    }

    /** For the CDI proxy only. */
    protected CatalogService() {
        this(null);
    }

    @Cached(CacheNames.SUBJECTS)
    public List<SubjectCount> subjects() {
        return List.copyOf(em.createNamedQuery("Catalog.subjectCounts", SubjectCount.class).getResultList());
    }

    /**
     * A page of all courses, or of one subject's when {@code subject} (a slug) is given, in the given order (not
     * {@link CourseOrder#RELEVANCE}, which needs words); an unknown subject or page is a 404. The page's ids are taken
     * from the course table alone, in the order of its index for that order (V8), and only those twelve courses are
     * then joined with their subject and owner: a late page costs what the first does.
     */
    @Cached(CacheNames.COURSE_PAGES)
    public CoursePage page(String subject, CourseOrder order, int number) {
        if (!order.kept()) {
            throw new IllegalArgumentException("Pages in the order " + order + " are not kept: ask livePage");
        }
        return livePage(subject, order, number);
    }

    /** {@link #page}, read afresh: for the orders whose pages are not kept ({@link CourseOrder#kept()}). */
    public CoursePage livePage(String subject, CourseOrder order, int number) {
        if (!order.forCatalog()) {
            throw new IllegalArgumentException("The catalog has no order " + order);
        }
        List<SubjectCount> subjects = em.createNamedQuery("Catalog.subjectCounts", SubjectCount.class).getResultList();
        Optional<SubjectCount> selected = Optional.ofNullable(subject).map(slug -> subjects.stream()
                .filter(count -> count.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NotFoundException("subject " + slug)));
        long total = selected.map(SubjectCount::courses).orElseGet(() -> subjects.stream().mapToLong(SubjectCount::courses).sum());
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (number < 1 || number > pages) {
            throw new NotFoundException("catalog page " + number);
        }
        TypedQuery<Long> query = selected
                .map(count -> em.createNamedQuery("Catalog.pageIdsOfSubject." + order.key(), Long.class)
                        .setParameter("subjectId", count.id()))
                .orElseGet(() -> em.createNamedQuery("Catalog.pageIds." + order.key(), Long.class));
        List<Long> ids = query.setFirstResult((number - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        return new CoursePage(summaries(inOrder(ids)), number, pages, total);
    }

    /** The rows of these courses, in the order of the ids. */
    List<CourseRow> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CourseRow> rows = em.createNamedQuery("Catalog.coursesByIds", CourseRow.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(CourseRow::id, row -> row));
        return ids.stream().map(rows::get).toList();
    }

    @Cached(CacheNames.OVERVIEWS)
    public CourseOverview overview(String slug) {
        return em.createNamedQuery("Catalog.overview", CourseOverview.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("course " + slug));
    }

    /** The rows as summaries with their module counts, counted for all of them in one statement. */
    public List<CourseSummary> summaries(List<CourseRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(CourseRow::id).toList();
        Map<Long, Long> counts = em.createNamedQuery("Catalog.moduleCounts", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return rows.stream().map(row -> row.toSummary(counts.getOrDefault(row.id(), 0L))).toList();
    }
}
