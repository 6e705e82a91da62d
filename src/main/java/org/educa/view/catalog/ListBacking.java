package org.educa.view.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.educa.business.catalog.CatalogService;
import org.educa.business.catalog.CoursePage;
import org.educa.business.catalog.SubjectCount;
import org.educa.view.Pages;
import org.educa.view.Routes;
import org.omnifaces.cdi.Param;

/** The catalog, {@code /} and {@code /course/subject/{slug}/}: subjects with course counts and a page of courses. */
@Named("catalogList")
@RequestScoped
public class ListBacking {

    @Inject
    CatalogService catalog;

    @Inject
    @Param(name = "subject")
    String subjectSlug;

    @Inject
    @Param(name = "page")
    String pageParameter;

    private List<SubjectCount> subjects;
    private CoursePage page;

    @PostConstruct
    void load() {
        subjects = catalog.subjects();
        page = catalog.page(subjectSlug, Pages.pageNumber(pageParameter));
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
}
