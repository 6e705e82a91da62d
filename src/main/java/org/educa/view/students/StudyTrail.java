package org.educa.view.students;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import org.educa.business.learning.EnrollmentService;

/**
 * Remembers, for "Continue", the module a student opened last in each course, at the cost of one write per change of
 * module rather than one per page view: the session keeps the module last recorded for each course, and only a
 * different one reaches the database ({@link EnrollmentService#visit}). The page cache asks too when it answers a study
 * page from memory, so a hit for the module already recorded stays free of SQL, and a hit for another module still
 * counts. The study page leaves the module it shows in a request attribute ({@link #SHOWN}), which the page cache
 * keeps with the page, so that a cached {@code /students/course/{id}/} (which shows the first module) counts too.
 */
@RequestScoped
public class StudyTrail {

    /** Request attribute: the id of the module the study page rendered. */
    public static final String SHOWN = "educa.study.module";

    private static final String PREFIX = "educa.trail.";

    @Inject
    HttpServletRequest request;

    @Inject
    EnrollmentService enrollments;

    /** The study page rendered this module of this course for this user. */
    public void shown(long courseId, long moduleId, long userId) {
        request.setAttribute(SHOWN, courseId + ":" + moduleId);
        opened(courseId, moduleId, userId);
    }

    /**
     * Whether this session has recorded the module of this {@link #SHOWN} note already, so that replaying it would do
     * nothing (asked by the page cache before it makes this request-scoped bean at all).
     */
    public static boolean recorded(HttpSession session, String shown) {
        int colon = shown.indexOf(':');
        return session != null && session.getAttribute(PREFIX + shown.substring(0, colon)) instanceof String module
                && module.equals(shown.substring(colon + 1));
    }

    /** The page cache answered a study page whose rendering left this {@link #SHOWN} note. */
    public void replay(String shown, long userId) {
        int colon = shown.indexOf(':');
        opened(Long.parseLong(shown.substring(0, colon)), Long.parseLong(shown.substring(colon + 1)), userId);
    }

    /** The student opened the module: recorded unless it is the one this session recorded last for the course. */
    public void opened(long courseId, long moduleId, long userId) {
        HttpSession session = request.getSession(false);
        String attribute = PREFIX + courseId;
        String module = Long.toString(moduleId);
        if (session != null && Objects.equals(session.getAttribute(attribute), module)) {
            return;
        }
        enrollments.visit(courseId, moduleId, userId);
        if (session != null) {
            session.setAttribute(attribute, module);
        }
    }

    /** The student left the course: if they come back, their first module is recorded again. */
    public void forget(long courseId) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PREFIX + courseId);
        }
    }
}
