package org.educa.authoring;

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
 * The roster in Chromium, as its instructor uses it: the count on Courses I teach leads there, the columns sort from
 * the keyboard, the pages turn, at desktop and phone widths, each state checked by axe (the browser half is
 * {@link RosterWalk}, apart so that Payara, which makes the course here, needs no Selenium). Screenshots go to
 * {@code target/screenshots/roster-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RosterBrowserIT {

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
    void theCourseAndItsStudentsAreThere() {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(RosterWalk.OWNER, RosterWalk.PASSWORD, "Rita", "Roster", Role.INSTRUCTOR);
        fixtures.course(RosterWalk.COURSE).ownedBy(RosterWalk.OWNER).titled("Four-Part Harmony")
                .overview("Chords, one at a time.").module("Triads").module("Sevenths").module("Cadences")
                .module("Modulation").make();
        String[][] names = {{"Ana", "Álvarez"}, {"Bruno", "Silva"}, {"Chen", "Wei"}, {"Dalia", "Haddad"},
                {"Emeka", "Okafor"}, {"Freya", "Lindqvist"}, {"Gustavo", "Pereira"}, {"Hana", "Sato"},
                {"Ines", "Moreau"}, {"Jonas", "Becker"}, {"Kavya", "Rao"}, {"Liam", "O'Brien"}, {"Maya", "Cohen"},
                {"Nikolai", "Petrov"}, {"Olu", "Adeyemi"}, {"Paula", "Schmidt"}, {"Quentin", "Dubois"},
                {"Rosa", "García"}, {"Sven", "Larsen"}, {"Tomás", "Novák"}, {"Uma", "Iyer"}, {"Victor", "Nguyen"}};
        for (int i = 0; i < names.length; i++) {
            String username = "harmony." + names[i][0].toLowerCase(java.util.Locale.ROOT);
            fixtures.user(username, RosterWalk.PASSWORD, names[i][0], names[i][1]);
            fixtures.enroll(username, RosterWalk.COURSE);
            fixtures.complete(username, RosterWalk.COURSE, i % 5);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theInstructorFindsSortsAndPagesTheirStudents() throws Exception {
        new RosterWalk(Deployments.onLoopback(url)).findsSortsAndPages();
    }
}
