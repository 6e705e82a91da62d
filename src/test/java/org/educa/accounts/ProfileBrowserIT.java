package org.educa.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.educa.config.startup.DemoData;
import org.educa.testing.Browser;
import org.educa.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17, profile, in a real (headless) Chromium, each page checked by axe as it is shown: a visitor registers in
 * Spanish with an address, finds the profile in the header, changes the password, and deletes the account; an
 * administrator opens the deletion of an instructor who owns courses and is offered to hand them over.
 */
@ExtendWith(ArquillianExtension.class)
class ProfileBrowserIT {

    private static final String PASSWORD = "Violet-Harbour-Compass-58";
    private static final String NEW_PASSWORD = "Amber-Railway-Lighthouse-93";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    @Test
    void aVisitorRegistersKeepsTheirProfileChangesThePasswordAndLeaves() {
        try (Browser browser = new Browser(base)) {
            browser.open("students/register/?lang=es");
            browser.type("#register\\:username", "noether")
                    .type("#register\\:email", "emmy@localhost") // the browser takes it (type=email), the server does not
                    .type("#register\\:password", PASSWORD)
                    .type("#register\\:confirmation", PASSWORD)
                    .clickAndWait("#register\\:submit");
            assertTrue(browser.text().contains("Introduce una dirección de correo electrónico válida."), browser.text());
            browser.screenshot("profile-01-register-refused-es");
            browser.type("#register\\:email", "emmy@example.org")
                    .type("#register\\:firstName", "Emmy")
                    .type("#register\\:lastName", "Noether")
                    .type("#register\\:password", PASSWORD)
                    .type("#register\\:confirmation", PASSWORD)
                    .clickAndWait("#register\\:submit");
            assertTrue(browser.text().contains("Emmy Noether"), browser.text());

            browser.clickAndWait("#nav-profile");
            assertEquals("/accounts/profile/", browser.path());
            assertTrue(browser.text().contains("Esta dirección aún no está confirmada"), browser.text());
            assertTrue(browser.text().contains("Enviar el enlace de nuevo"));
            browser.screenshot("profile-02-profile-es");
            browser.clickAndWait("#confirmation\\:sendAgain");
            assertTrue(browser.text().contains("Un nuevo enlace de confirmación va de camino a emmy@example.org."));

            browser.open("accounts/profile/?lang=en");
            browser.type("#profile\\:lastName", "Noether-Ring").clickAndWait("#profile\\:save");
            assertTrue(browser.text().contains("Your profile has been saved."), browser.text());
            assertTrue(browser.text().contains("Signed in as Emmy Noether-Ring"));
            browser.screenshot("profile-03-profile-en");

            browser.clickAndWait("#change-password");
            browser.type("#change\\:current", "wrong-password-x")
                    .type("#change\\:password", "12345678")
                    .type("#change\\:confirmation", "1234567")
                    .clickAndWait("#change\\:submit");
            assertTrue(browser.text().contains("Your password was entered incorrectly."), browser.text());
            assertTrue(browser.text().contains("This password is entirely numeric."));
            browser.screenshot("profile-04-password-refused-en");
            browser.type("#change\\:current", PASSWORD)
                    .type("#change\\:password", NEW_PASSWORD)
                    .type("#change\\:confirmation", NEW_PASSWORD)
                    .clickAndWait("#change\\:submit");
            assertEquals("/accounts/profile/", browser.path());
            assertTrue(browser.text().contains("Your password has been changed."), browser.text());

            browser.clickAndWait("#delete-account");
            browser.screenshot("profile-05-delete-en");
            browser.type("#delete\\:password", NEW_PASSWORD).clickAndWait("#delete\\:submit");
            assertTrue(browser.text().contains("Tick the box"), browser.text());
            browser.find("#delete\\:confirmed").click();
            browser.type("#delete\\:password", NEW_PASSWORD).clickAndWait("#delete\\:submit");
            assertTrue(browser.text().contains("Your account has been deleted."), browser.text());
            assertFalse(browser.text().contains("Signed in as"));
            browser.screenshot("profile-06-deleted-en");
        }
    }

    @Test
    void anAdministratorIsOfferedToHandAnInstructorsCoursesOver() {
        try (Browser browser = new Browser(base)) {
            browser.open("accounts/login/?lang=es");
            browser.type("#login\\:username", DemoData.ADMIN)
                    .type("#login\\:password", DemoData.ADMIN_PASSWORD)
                    .clickAndWait("#login\\:submit");
            browser.open("admin/users/?q=" + DemoData.INSTRUCTOR);
            browser.clickAndWait("a.delete-user");
            assertTrue(browser.path().matches("/admin/users/\\d+/delete/"), browser.path());
            assertTrue(browser.text().contains("Pasar los cursos"),
                    browser.text());
            browser.screenshot("profile-07-admin-hand-over-es");
            browser.clickAndWait("#nav-profile");
            browser.clickAndWait("#delete-account");
            browser.screenshot("profile-08-delete-admin-es");
        }
    }
}
