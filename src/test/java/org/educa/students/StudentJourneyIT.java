package org.educa.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.educa.testing.Browser;
import org.educa.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/** A visitor becomes a student and studies a course, in a real (headless) Chromium. */
@ExtendWith(ArquillianExtension.class)
class StudentJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    @Test
    void visitorBrowsesRegistersEnrollsAndStudies() {
        try (Browser browser = new Browser(base)) {
            browser.open("");
            assertTrue(browser.text().contains("All courses"));
            browser.screenshot("01-catalog");

            browser.clickLink("Physics");
            assertEquals("/course/subject/physics/", browser.path());
            assertTrue(browser.text().contains("Classical Mechanics"));
            assertFalse(browser.text().contains("Python for Beginners"));

            browser.clickLink("Classical Mechanics");
            assertEquals("/course/classical-mechanics/", browser.path());
            assertTrue(browser.text().contains("Newton's laws"));
            browser.screenshot("02-overview");

            browser.clickAndWait("#register-to-enroll");
            browser.type("#register\\:username", "newton")
                    .type("#register\\:email", "newton@example.org")
                    .type("#register\\:password", "password")
                    .type("#register\\:confirmation", "password")
                    .clickAndWait("#register\\:submit");
            assertTrue(browser.text().contains("This password is too common."), browser.text());
            browser.screenshot("03-register-refused");

            browser.type("#register\\:password", "Apple-Falls-1687")
                    .type("#register\\:confirmation", "Apple-Falls-1687")
                    .clickAndWait("#register\\:submit");
            assertEquals("/course/classical-mechanics/", browser.path(), "back to the course that sent them");
            assertTrue(browser.text().contains("Signed in as newton"));

            browser.clickAndWait("#enroll");
            assertTrue(browser.path().matches("/students/course/\\d+/"), browser.path());
            browser.screenshot("04-course-contents");

            browser.clickLink("My courses");
            assertTrue(browser.text().contains("Classical Mechanics"));
            browser.clickAndWait("#my-courses .continue");

            List<String> kinds = new java.util.ArrayList<>();
            int modules = browser.findAll("#modules li").size();
            assertEquals(3, modules);
            boolean sawImage = false;
            for (int module = 1; module <= modules; module++) {
                browser.clickAndWait("#modules li:nth-child(" + module + ") a");
                assertTrue(browser.find("#modules li:nth-child(" + module + ")").getAttribute("class")
                        .contains("selected"), "the open module is highlighted");
                browser.findAll("#contents .content-item").forEach(item ->
                        kinds.add(item.getAttribute("class").replaceAll(".*item-(\\w+).*", "$1")));
                for (WebElement image : browser.findAll(".item-image img")) {
                    assertTrue(image.getAttribute("alt").startsWith("A diagram headed"), "the image says what it shows: its alternative text");
                    assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                            "return arguments[0].complete && arguments[0].naturalWidth > 0", image),
                            "the image loads for an enrolled student");
                    browser.screenshot("05-module-with-image");
                    sawImage = true;
                }
            }
            assertTrue(sawImage);
            assertTrue(kinds.containsAll(List.of("text", "image", "file", "video")), kinds.toString());

            browser.clickAndWait("#sign-out");
            assertTrue(browser.text().contains("You have been signed out"));
            browser.open("accounts/login/")
                    .type("#login\\:username", "newton")
                    .type("#login\\:password", "Apple-Falls-1687")
                    .clickAndWait("#login\\:submit");
            assertEquals("/students/courses/", browser.path());
            assertTrue(browser.text().contains("Classical Mechanics"));
            browser.screenshot("06-my-courses");
        }
    }
}
