package org.educa.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.educa.testing.Browser;
import org.educa.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learner's path in a real (headless) Chromium, as a new student walks it: enroll, mark the first module done
 * (in the background, the page changing in place), "Next" to the second, sign out and in again, find "1 of 3" and
 * "Continue" on My courses, which leads back to the second module; leave the course, be refused its pages, enroll
 * again and find the progress where it was. Every page on the way is checked by axe ({@link Browser}).
 */
@ExtendWith(ArquillianExtension.class)
class LearnerPathIT {

    private static final String PASSWORD = "Radium-Polonium-1898";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    @Test
    void aStudentMarksMovesOnComesBackContinuesLeavesAndReturns() {
        try (Browser browser = new Browser(base)) {
            browser.open("course/classical-mechanics/");
            browser.clickAndWait("#register-to-enroll");
            browser.type("#register\\:username", "curie")
                    .type("#register\\:email", "curie@example.org")
                    .type("#register\\:password", PASSWORD)
                    .type("#register\\:confirmation", PASSWORD)
                    .clickAndWait("#register\\:submit");
            browser.clickAndWait("#enroll");
            String course = browser.path();
            assertTrue(course.matches("/students/course/\\d+/"), course);
            assertEquals("0 of 3 modules done", browser.find("#progress-label").getText());

            // module 1: mark it done; the page changes in place (no new page: the button is the same element)
            var button = browser.find("#mark-done-button");
            assertEquals("Mark as done", button.getText());
            button.click();
            wait(browser).until(d -> button.getText().equals("Mark as not done"));
            assertEquals("1 of 3 modules done", browser.find("#progress-label").getText());
            assertEquals("You have marked this module done.", browser.find("#done-status").getText());
            assertTrue(browser.find("#modules li:nth-child(1)").getAttribute("class").contains("done"), "ticked");
            assertEquals(course, browser.path(), "marked in the background");
            browser.audit("module 1 marked done");
            browser.screenshot("learner-01-marked");

            browser.clickAndWait("#next-module");
            String second = browser.path();
            assertTrue(browser.find("#modules li:nth-child(2)").getAttribute("class").contains("selected"));
            assertFalse(browser.find("#modules li:nth-child(2)").getAttribute("class").contains("done"));
            assertTrue(browser.findAll("#previous-module").size() == 1, "the way back");

            browser.clickAndWait("#sign-out");
            browser.open("accounts/login/")
                    .type("#login\\:username", "curie")
                    .type("#login\\:password", PASSWORD)
                    .clickAndWait("#login\\:submit");
            assertEquals("/students/courses/", browser.path());
            String card = browser.find("#my-courses .course-card").getText();
            assertTrue(card.contains("Classical Mechanics"), card);
            assertTrue(card.contains("1 of 3 modules done"), card);
            browser.screenshot("learner-02-my-courses");
            browser.clickAndWait("#my-courses .continue");
            assertEquals(second, browser.path(), "Continue: the module opened last");

            browser.clickAndWait("#leave");
            assertTrue(browser.text().contains("Leave Classical Mechanics?"), browser.text());
            browser.screenshot("learner-03-leave");
            browser.clickAndWait("#confirm-leave");
            assertEquals("/students/courses/", browser.path().replaceFirst("\\?.*", ""));
            assertTrue(browser.find("#left-note").getText().contains("You have left Classical Mechanics."));
            assertEquals(0, browser.findAll("#my-courses .course-card").size(), "gone from My courses");
            browser.open(second.substring(1));
            assertTrue(browser.text().contains("Page not found"), "the module is closed to them: " + browser.text());

            browser.open("course/classical-mechanics/");
            browser.clickAndWait("#enroll");
            assertEquals("1 of 3 modules done", browser.find("#progress-label").getText(), "the progress is back");
            assertTrue(browser.find("#modules li:nth-child(1)").getAttribute("class").contains("done"));
            browser.screenshot("learner-04-back");
        }
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }
}
