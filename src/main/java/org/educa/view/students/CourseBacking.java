package org.educa.view.students;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.educa.business.NotFoundException;
import org.educa.business.cache.CacheEviction;
import org.educa.business.learning.ContentItem;
import org.educa.business.learning.StudyCourse;
import org.educa.business.learning.StudyService;
import org.educa.view.ActiveUser;
import org.educa.view.LanguageChoice;
import org.educa.view.Pages;
import org.omnifaces.util.Faces;

/**
 * A course's contents, {@code /students/course/{id}/[{moduleId}/]}: modules on the side with the student's ticks and
 * progress, one module's contents, and the way on; the module shown is where "Continue" leads next time
 * ({@link StudyTrail}).
 */
@Named("studyCourse")
@RequestScoped
public class CourseBacking {

    @Inject
    StudyService study;

    @Inject
    ActiveUser activeUser;

    @Inject
    LanguageChoice language;

    @Inject
    StudyTrail trail;

    private StudyCourse course;
    private List<ContentItem> contents;

    @PostConstruct
    void load() {
        Long id = Faces.getRequestParameter("id", Pages::id); // not @Param: see org.educa.view.Pages
        Long module = Faces.getRequestParameter("module", Pages::id);
        if (id == null) {
            throw new NotFoundException("course without an id");
        }
        course = study.study(id, Optional.ofNullable(module), activeUser.getId(), activeUser.getRoles());
        if (course.enrolled() && course.current() != null) {
            trail.shown(course.id(), course.current().id(), activeUser.getId());
        }
    }

    /** Whether the person is the course's owner (a draft's banner says "only you"). */
    public boolean isOwner() {
        Long me = activeUser.getId();
        return me != null && course.ownerId() == me;
    }

    public StudyCourse getCourse() {
        return course;
    }

    /** Where the open module's rendered contents are cached (fragment level), as {@link CacheEviction} forgets them. */
    public String getFragmentKey() {
        return CacheEviction.moduleFragmentKey(course.current().id(), language.getCurrent());
    }

    /** The open module's contents, loaded only when the page renders them (not when they come from the cache). */
    public List<ContentItem> getContents() {
        if (contents == null) {
            contents = course.current() == null ? List.of() : study.contents(course.current().id());
        }
        return contents;
    }
}
