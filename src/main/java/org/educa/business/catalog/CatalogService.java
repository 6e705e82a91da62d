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
    private final SubjectCounts subjectCounts;

    @Inject
    public CatalogService(EntityManager em, SubjectCounts subjectCounts) {
        this.em = em;
        this.subjectCounts = subjectCounts;
    }

    /** For the CDI proxy only. */
    protected CatalogService() {
        this(null, null);
    }

    @Cached(CacheNames.SUBJECTS)
    public List<SubjectCount> subjects() {
        return subjectCounts.get();
    }

    /**
     * A page of all courses, or of one subject's when {@code subject} (a slug) is given, in the given order (not
     * {@link CourseOrder#RELEVANCE}, which needs words); an unknown subject or page is a 404. The page's ids are taken
     * from the course table alone, in the order of its index for that order (V8), and only those twelve courses are
     * then joined with their subject and owner and their modules counted: a late page costs what the first does. The
     * subjects' counts are the request's ({@link SubjectCounts}), read once for the sidebar and the page.
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
        List<SubjectCount> subjects = subjectCounts.get();
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
        return new CoursePage(inOrder(ids), number, pages, total);
    }

    /** The summaries of these courses, in the order of the ids: one statement, their modules counted in it. */
    List<CourseSummary> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CourseRow> rows = em.createNamedQuery("Catalog.coursesByIds", CourseRow.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(CourseRow::id, row -> row));
        return ids.stream().map(rows::get).map(CourseRow::toSummary).toList();
    }

    @Cached(CacheNames.OVERVIEWS)
    public CourseOverview overview(String slug) {
        return em.createNamedQuery("Catalog.overview", CourseOverview.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("course " + slug));
    }
}
