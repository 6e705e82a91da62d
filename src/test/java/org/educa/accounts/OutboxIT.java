package org.educa.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.UUID;
import org.educa.business.mail.Letter;
import org.educa.business.mail.Outbox;
import org.educa.model.Language;
import org.educa.testing.Deployments;
import org.educa.testing.Mailbox;
import org.educa.testing.Mailbox.Mail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mails leave through a real SMTP server (the tests' GreenMail): only once the transaction that asked for them has
 * committed, as text and HTML, in the recipient's language. Runs inside Payara and reads the mails over IMAP.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient().addClasses(Mailbox.class, Mailbox.Mail.class);
    }

    @Inject
    Outbox outbox;

    @Inject
    UserTransaction tx;

    @Test
    void aMailIsSentWhenItsTransactionCommitsAsTextAndHtmlInTheRecipientsLanguage() throws Exception {
        String address = "outbox-" + UUID.randomUUID() + "@example.org";
        tx.begin();
        outbox.send(Letter.of(address, "Grace <Hopper>", Language.SPANISH, "reset",
                "https://educa.example/accounts/password/reset/abc/", "60", "grace"));
        assertEquals(0, Mailbox.of(address).countAfter(Duration.ofSeconds(1)), "nothing before the commit");
        tx.commit();

        Mail mail = Mailbox.of(address).awaitMail(1);
        assertEquals("Elige una contraseña nueva para Educa", mail.subject());
        assertTrue(mail.to().contains(address), mail.to());
        assertTrue(mail.text().startsWith("Hola, Grace <Hopper>:"), mail.text());
        assertEquals("https://educa.example/accounts/password/reset/abc/", mail.link("/reset/"));
        assertEquals("es", mail.language());
        assertTrue(mail.html().contains("Hola, Grace &lt;Hopper&gt;:"), "the HTML escapes what it is given: " + mail.html());
        assertTrue(mail.html().contains("<a href=\"https://educa.example/accounts/password/reset/abc/\">"), mail.html());
    }

    @Test
    void aMailOfATransactionThatRollsBackIsNeverSent() throws Exception {
        String address = "rolled-back-" + UUID.randomUUID() + "@example.org";
        tx.begin();
        outbox.send(Letter.of(address, "Ada", Language.ENGLISH, "reset", "https://educa.example/x/", "60", "ada"));
        tx.rollback();
        outbox.send(Letter.of(address, "Ada", Language.ENGLISH, "reset", "https://educa.example/y/", "60", "ada"));

        Mail only = Mailbox.of(address).awaitMail(1);
        assertEquals("https://educa.example/y/", only.link("educa.example"));
        assertEquals(1, Mailbox.of(address).countAfter(Duration.ofSeconds(2)), "the rolled back one never comes");
        assertEquals("Choose a new Educa password", only.subject());
    }
}
