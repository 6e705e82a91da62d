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
 * Educa without a mouse: Tab, Shift+Tab, Enter, Space, the arrows and Escape only, never a click. A visitor skips to
 * the content, registers from a course's overview, enrolls and opens a module from the module list; an instructor
 * reorders items and modules with the move buttons (and keeps the focus where they acted), opens a delete
 * confirmation and leaves it with Escape (focus back on the delete button, nothing deleted), and picks a subject with
 * the arrows. The course and its instructor are this test's own.
 *
 * <p>What a keyboard user needs but the page does not do is collected and reported at the end, with the axe findings
 * of the pages walked through, so one run tells everything; where the journey cannot go on, it fails at once.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyboardJourneyBrowserIT {

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
    void theTestsOwnCoursesAreThere() {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(KeyboardJourney.INSTRUCTOR, KeyboardJourney.PASSWORD, "Kay", "Board", Role.INSTRUCTOR);
        fixtures.subject("Keyboard Studies", KeyboardJourney.SUBJECT);
        fixtures.course(KeyboardJourney.COURSE).ownedBy(KeyboardJourney.INSTRUCTOR).in(KeyboardJourney.SUBJECT).titled("A Journey by Keyboard")
                .overview("Studied without a mouse.").module("First steps").module("Second steps")
                .text("Welcome", "Read me first.").make();
        fixtures.course(KeyboardJourney.REORDERED).ownedBy(KeyboardJourney.INSTRUCTOR).in(KeyboardJourney.SUBJECT).titled("Reordered by Keyboard")
                .overview("Its instructor moves things.").module("Alpha module").module("Beta module")
                .module("Gamma module").text("One", "1").text("Two", "2").text("Three", "3").make();
        assertEquals(3, fixtures.moduleIds(KeyboardJourney.REORDERED).size());
    }

    @Test
    @Order(2)
    @RunAsClient
    void aVisitorSkipsRegistersEnrollsAndStudiesByKeyboard() {
        new KeyboardJourney(url).aVisitorSkipsRegistersEnrollsAndStudiesByKeyboard();
    }

    @Test
    @Order(3)
    @RunAsClient
    void anInstructorReordersAndCancelsADeleteByKeyboard() {
        new KeyboardJourney(url).anInstructorReordersAndCancelsADeleteByKeyboard();
    }
}
