package org.educa.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.educa.testing.Browser;
import org.educa.testing.Deployments;
import org.educa.testing.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person who forgot their password, in a real browser, with the mails read from the tests' mail server: they
 * registered with their address and confirmed it from the mail, then one day forget the password, ask for a link
 * from the sign-in page, set a new password from the mail, and sign in with it. Every page is checked for
 * accessibility on the way.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetBrowserIT {

    static final String FIRST_PASSWORD = "Amber-Window-Seven-19";
    static final String NEW_PASSWORD = "Harvest-Lantern-Road-64";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    @Test
    void forgotPasswordThenTheMailedLinkThenANewPasswordThenSignIn() {
        String username = "forgetful-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.org";
        Mailbox mailbox = Mailbox.of(email);
        try (Browser browser = new Browser(base)) {
            browser.open("students/register/")
                    .type("#register\\:username", username)
                    .type("#register\\:email", email)
                    .type("#register\\:password", FIRST_PASSWORD)
                    .type("#register\\:confirmation", FIRST_PASSWORD)
                    .clickAndWait("#register\\:submit");
            assertFalse(browser.path().startsWith("/students/register/"), "registered: " + browser.text());

            browser.driver().get(mailbox.awaitMail(1).link("/accounts/confirm/"));
            browser.clickAndWait("#confirm\\:submit");
            browser.open("accounts/logout/").clickAndWait("form button[type=submit], form input[type=submit]");

            browser.open("accounts/login/").clickAndWait("#forgot-link");
            assertEquals("/accounts/password/forgot/", browser.path());
            browser.type("#forgot\\:identifier", email).clickAndWait("#forgot\\:submit");
            assertTrue(browser.find("#forgot-sent").getText().contains("a link to choose a new password is on its way"),
                    browser.text());

            Mailbox.Mail mail = mailbox.awaitMail(2);
            assertEquals("Choose a new Educa password", mail.subject());
            browser.driver().get(mail.link("/accounts/password/reset/"));
            assertTrue(browser.text().contains("Choose a new password for the account " + username), browser.text());
            browser.type("#reset\\:password", NEW_PASSWORD)
                    .type("#reset\\:confirmation", "not the same one")
                    .clickAndWait("#reset\\:submit");
            assertTrue(browser.text().contains("The two password fields didn\u2019t match."), browser.text());
            browser.audit("the reset form with an error");
            browser.type("#reset\\:password", NEW_PASSWORD)
                    .type("#reset\\:confirmation", NEW_PASSWORD)
                    .clickAndWait("#reset\\:submit");
            assertEquals("/accounts/login/?reset=done", browser.path());
            assertTrue(browser.find("#reset-done").getText().contains("Your password has been changed"));

            browser.type("#login\\:username", username)
                    .type("#login\\:password", NEW_PASSWORD)
                    .clickAndWait("#login\\:submit");
            assertFalse(browser.path().startsWith("/accounts/login/"), "signed in with the new password: " + browser.text());
        }
    }
}
