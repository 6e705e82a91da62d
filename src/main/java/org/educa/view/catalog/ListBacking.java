package org.educa.view.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.educa.business.catalog.CatalogService;
import org.educa.business.catalog.CoursePage;
import org.educa.business.catalog.CourseSearch;
import org.educa.business.catalog.SearchWords;
import org.educa.business.catalog.SubjectCount;
import org.educa.model.CourseOrder;
import org.educa.view.Pages;
import org.educa.view.Routes;
import org.omnifaces.util.Faces;

/**
 * The catalog, {@code /} and {@code /course/subject/{slug}/}: subjects with course counts and a page of courses, or of
 * the courses found for {@code ?q=} (see {@link CatalogQuery} for the addresses of its sorts and pages).
 */
@Named("catalogList")
@RequestScoped
public class ListBacking {

    @Inject
    CatalogService catalog;

    @Inject
    CourseSearch search;

    private String subjectSlug;
    private List<SubjectCount> subjects;
    private CoursePage page;
    private CatalogQuery query;

    @PostConstruct
    void load() {
        subjectSlug = Faces.getRequestParameter("subject");
        subjects = catalog.subjects();
        query = CatalogQuery.of(getPath(), Faces.getRequestParameter("q"), Faces.getRequestParameter("sort"));
        int number = Pages.pageNumber(Faces.getRequestParameter("page"));
        page = query.searching()
                ? search.search(subjectSlug, query.words(), query.order(), number)
                : query.order().kept() ? catalog.page(subjectSlug, query.order(), number)
                : catalog.livePage(subjectSlug, query.order(), number);
    }

    public List<SubjectCount> getSubjects() {
        return subjects;
    }

    public CoursePage getPage() {
        return page;
    }

    public String getSubjectSlug() {
        return subjectSlug;
    }

    /** The selected subject, or empty for "All". */
    public Optional<SubjectCount> getSubject() {
        return subjects.stream().filter(subject -> subject.slug().equals(subjectSlug)).findFirst();
    }

    /** The path of this listing, to which page links add {@code ?page=n}. */
    public String getPath() {
        return subjectSlug == null ? Routes.path("catalog") : Routes.path("catalog.subject", subjectSlug);
    }

    /** The words, the order and the addresses that keep them. */
    public CatalogQuery getQuery() {
        return query;
    }

    /** This search over all subjects (offered by a subject's empty search). */
    public String getAllSubjectsUrl() {
        return new CatalogQuery(Routes.path("catalog"), query.words(), query.order(), query.chosen()).pageUrl(1);
    }

    /** The longest search the box takes (the service reads no more of it). */
    public int getMaxLength() {
        return SearchWords.QUERY_MAX_CHARS;
    }

    /** The orders offered: relevance only for a search. */
    public List<CourseOrder> getOrders() {
        return query.orders();
    }
}
