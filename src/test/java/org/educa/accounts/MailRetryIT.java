package org.educa.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.net.InetAddress;
import java.net.URL;
import java.util.Map;
import org.educa.config.startup.DemoData;
import org.educa.testing.Deployments;
import org.educa.testing.MailServerListener;
import org.educa.testing.Mailbox;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mail server that is away when a mail leaves does not lose it: Educa tries again (the tests' Payara waits 1 s, then
 * 2 s, 4 s…) and the mail arrives once the server is back; the person's page answered at once all the same.
 */
@ExtendWith(ArquillianExtension.class)
class MailRetryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    @Test
    void aMailTheServerDidNotTakeIsSentOnceItIsBack() throws Exception {
        Mailbox clara = Mailbox.of(DemoData.emailOf(DemoData.SECOND_INSTRUCTOR));
        int before = clara.mails().size();
        GreenMail server = MailServerListener.server();
        server.stop();
        try {
            WebClient visitor = new WebClient(Deployments.onLoopback(base), InetAddress.getByName("127.0.0.41"));
            long asked = System.nanoTime();
            Page answer = visitor.submit(visitor.get("accounts/password/forgot/"), "accounts/password/forgot/",
                    "forgot", Map.of("identifier", DemoData.SECOND_INSTRUCTOR), "submit");
            assertEquals(200, answer.status());
            assertTrue(answer.contains("id=\"forgot-sent\""), "the page answers while the mail server is away");
            assertTrue(System.nanoTime() - asked < 10_000_000_000L, "and does not wait for it");
            Thread.sleep(2_500); // the first two attempts fail
        } finally {
            server.start();
        }
        Mailbox.Mail mail = clara.awaitMail(before + 1);
        assertEquals("Choose a new Educa password", mail.subject());
        assertTrue(mail.text().contains("\u201c" + DemoData.SECOND_INSTRUCTOR + "\u201d"), mail.text());
    }
}
