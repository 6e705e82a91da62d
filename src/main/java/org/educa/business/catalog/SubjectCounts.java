package org.educa.business.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.educa.business.events.CourseChanged;
import org.educa.business.events.SubjectChanged;
import org.educa.business.events.UserChanged;

/**
 * The subjects with their course counts, read from the database at most once per request. A catalog page needs them
 * twice: for its sidebar ({@link CatalogService#subjects}) and inside {@link CatalogService#page}, which cannot call
 * the other through its interceptor; with the caches off (or both missing) that was the same statement twice. A change
 * committed during the request (every change of a course, subject or instructor: what the counts or the catalog show)
 * forgets the list, so that a page rendered after it reads it afresh.
 */
@RequestScoped
public class SubjectCounts {

    @Inject
    EntityManager em;

    private List<SubjectCount> counts;

    /** The subjects in the order of their titles, with their numbers of published courses. */
    public List<SubjectCount> get() {
        if (counts == null) {
            counts = List.copyOf(em.createNamedQuery("Catalog.subjectCounts", SubjectCount.class).getResultList());
        }
        return counts;
    }

    void onCourse(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS)
            CourseChanged change) {
        counts = null;
    }

    void onSubject(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS)
            SubjectChanged change) {
        counts = null;
    }

    void onUser(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS)
            UserChanged change) {
        counts = null;
    }
}
