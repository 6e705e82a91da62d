package org.educa.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import org.educa.business.account.UserService;
import org.educa.model.Role;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every route of {@link org.educa.view.Routes} (read from the table: a route {@link RouteWalk#WAYS} does not know how to reach fails the test),
 * opened in Chromium by every role that may open it, with real data behind it, in English and in Spanish, plus the
 * error pages a person meets: each page is checked by axe-core at 1366 and 390 px ({@link org.educa.testing.Browser}), shows
 * {@code <html lang>} of its language, and is the page asked for (not an error page, not the sign-in page). The
 * failure lists every finding of every role, by route and rule.
 *
 * <p>The instructor is the demo's Ada with her course "Classical Mechanics" (three modules, an item of every kind); the
 * administrator opens the same course's authoring pages; the student is one of this test's own, enrolled in that
 * course, who enrolls in a course of this test's own instructor the way a person does (the "Enroll now" button of its
 * overview): the test changes nothing the other tests read.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RouteCoverageBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient();
    }

    @ArquillianResource
    URL url;

    @Inject
    UserService users;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    @Order(1)
    void theTestsOwnStudentAndCourseAreThere() {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(RouteWalk.STUDENT, RouteWalk.PASSWORD, "Rosa", "Routes");
        fixtures.user(RouteWalk.INSTRUCTOR, RouteWalk.PASSWORD, "Ivan", "Routes", Role.INSTRUCTOR);
        fixtures.course(RouteWalk.TO_ENROLL).ownedBy(RouteWalk.INSTRUCTOR).in(RouteWalk.SUBJECT).titled("Every Route, Twice")
                .overview("A course to enroll in.").module("The only module").text("Notes", "Read these.").make();
        fixtures.enroll(RouteWalk.STUDENT, RouteWalk.COURSE);
        assertEquals(1, fixtures.enrollments(RouteWalk.STUDENT, RouteWalk.COURSE));
        assertEquals(0, fixtures.enrollments(RouteWalk.STUDENT, RouteWalk.TO_ENROLL), "the student enrolls in the browser");
    }

    @Test
    @Order(2)
    @RunAsClient
    void everyRouteForEveryRoleInBothLanguagesPassesAxe() throws Exception {
        new RouteWalk(url).everyRouteForEveryRoleInBothLanguagesPassesAxe();
    }
}
