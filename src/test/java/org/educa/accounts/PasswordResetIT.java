package org.educa.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.account.LoginThrottle;
import org.educa.business.account.ResetThrottle;
import org.educa.business.account.UserService;
import org.educa.model.User;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.educa.testing.Mailbox;
import org.educa.testing.Mailbox.Mail;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Forgot your password?" as a person meets it, over HTTP, with the mails read from the tests' mail server and the
 * database checked from inside Payara: the link arrives, works once, expires, dies with a password change; the answer
 * is the same for every account and none; requests are throttled; a reset signs every session out.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    static final String OLD_PASSWORD = "Lantern-Over-Water-31";
    static final String NEW_PASSWORD = "Copper-Kettle-Morning-88";
    static final String SENT = "If an account matches and has a confirmed e-mail address, a link to choose a new "
            + "password is on its way to it.";
    static final String DEAD = "This link no longer works";

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient().addClasses(Mailbox.class, Mailbox.Mail.class);
    }

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    UserService users;

    @Inject
    ResetThrottle resetThrottle;

    @Inject
    LoginThrottle loginThrottle;

    @BeforeEach
    void countersStartAfresh() {
        resetThrottle.forgetAll();
        loginThrottle.forgetAll();
    }

    @Test
    void theMailedLinkSetsANewPasswordOnceAndTheOldOneNoLongerSignsIn() throws Exception {
        Account account = account(true);
        WebClient asking = client();
        assertEquals(SENT, answer(asking.get("accounts/password/forgot/"), account.username, asking));
        Mail mail = account.mailbox().awaitMail(1);
        assertEquals("Choose a new Educa password", mail.subject());
        assertTrue(mail.text().contains("\u201c" + account.username + "\u201d"), mail.text());
        assertTrue(mail.text().contains("within 60 minutes"), mail.text());
        assertTrue(mail.html().contains("<a href=\"" + mail.link("/accounts/password/reset/") + "\">"), mail.html());
        String path = local(mail.link("/accounts/password/reset/"));
        String token = path.replaceAll(".*/reset/([^/]+)/$", "$1");
        assertEquals(1L, resetsOf(account.id));
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?1")
                .setParameter(1, token).getSingleResult()).longValue(), "the table keeps no token, only its hash");

        WebClient person = client();
        Page form = person.get(path);
        assertEquals(200, form.status());
        assertTrue(form.contains("Choose a new password for the account " + account.username), form.body());
        Page done = person.submit(form, path, "reset", Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD),
                "submit");
        assertEquals(302, done.status());
        assertTrue(done.location().endsWith("/accounts/login/?reset=done"), done.location());
        assertTrue(person.get("accounts/login/?reset=done").contains("Your password has been changed"));

        assertEquals(302, client().signIn(account.username, NEW_PASSWORD).status(), "the new password signs in");
        assertEquals(200, client().signIn(account.username, OLD_PASSWORD).status(), "the old one no more");
        assertEquals(0L, resetsOf(account.id), "a used link is gone");

        Page again = client().get(path);
        assertEquals(200, again.status());
        assertTrue(again.contains(DEAD), "a link works once");
        assertFalse(again.contains("id=\"reset:password\""), "and offers no form");
    }

    @Test
    void everyoneGetsTheSameAnswerAndOnlyAConfirmedAddressOfAnActiveAccountGetsALink() throws Exception {
        Account confirmed = account(true);
        Account unconfirmed = account(false);
        Account inactive = account(true);
        inTransaction(() -> em.find(User.class, inactive.id).setActive(false));

        for (String identifier : List.of(confirmed.username, confirmed.email.toUpperCase(), unconfirmed.username,
                unconfirmed.email, inactive.username, "nobody-" + UUID.randomUUID(),
                "nobody-" + UUID.randomUUID() + "@example.org")) {
            WebClient visitor = client();
            assertEquals(SENT, answer(visitor.get("accounts/password/forgot/"), identifier, visitor), identifier);
        }
        confirmed.mailbox().awaitMail(2);
        assertEquals(2, confirmed.mailbox().countAfter(Duration.ofSeconds(1)), "by username and by address in any case");
        assertEquals(0, unconfirmed.mailbox().countAfter(Duration.ofSeconds(2)), "an unconfirmed address gets nothing");
        assertEquals(0, inactive.mailbox().mails().size(), "a deactivated account gets nothing");
        assertEquals(0L, resetsOf(unconfirmed.id) + resetsOf(inactive.id));
    }

    @Test
    void aLinkExpiresAndDiesWithAPasswordChangeAndABadPasswordKeepsIt() throws Exception {
        Account account = account(true);
        WebClient visitor = client();
        answer(visitor.get("accounts/password/forgot/"), account.username, visitor);
        String first = local(account.mailbox().awaitMail(1).link("/reset/"));
        answer(visitor.get("accounts/password/forgot/"), account.username, visitor);
        String second = local(account.mailbox().awaitMail(2).link("/reset/"));

        WebClient person = client();
        Page form = person.get(second);
        Page weak = person.submit(form, second, "reset", Map.of("password", "12345678", "confirmation", "12345678"),
                "submit");
        assertEquals(200, weak.status());
        assertTrue(weak.contains("This password is too common."), weak.body());
        assertTrue(client().get(second).contains("Choose a new password for the account"), "a refused password keeps the link");

        inTransaction(() -> em.createQuery("UPDATE PasswordReset r SET r.expires = :past WHERE r.user.id = :id")
                .setParameter("past", LocalDateTime.now().minusMinutes(1)).setParameter("id", account.id)
                .executeUpdate());
        assertTrue(client().get(first).contains(DEAD), "an expired link is dead");

        answer(visitor.get("accounts/password/forgot/"), account.username, visitor);
        String third = local(account.mailbox().awaitMail(3).link("/reset/"));
        assertTrue(client().get(third).contains("Choose a new password"));
        inTransaction(() -> em.find(User.class, account.id).endSessions()); // what every change of password does
        assertTrue(client().get(third).contains(DEAD), "a password changed since kills the link");
    }

    @Test
    void aResetSignsOutEverySessionOfTheAccount() throws Exception {
        Account account = account(true);
        WebClient elsewhere = client();
        assertEquals(302, elsewhere.signIn(account.username, OLD_PASSWORD).status());
        assertEquals(200, elsewhere.get("students/courses/").status());

        WebClient visitor = client();
        answer(visitor.get("accounts/password/forgot/"), account.email, visitor);
        String path = local(account.mailbox().awaitMail(1).link("/reset/"));
        Page form = visitor.get(path);
        assertEquals(302, visitor.submit(form, path, "reset",
                Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD), "submit").status());

        Page after = elsewhere.get("students/courses/");
        assertEquals(302, after.status(), "the other session is signed out");
        assertTrue(after.location().contains("/accounts/login/"), after.location());
    }

    @Test
    void requestsAreThrottledPerAccountSilentlyAndPerAddressVisibly() throws Exception {
        Account account = account(true);
        for (int i = 0; i < 4; i++) {
            WebClient visitor = client(InetAddress.getByName("127.0.0." + (20 + i)));
            assertEquals(SENT, answer(visitor.get("accounts/password/forgot/"), account.username, visitor));
        }
        account.mailbox().awaitMail(3);
        assertEquals(3, account.mailbox().countAfter(Duration.ofSeconds(2)), "three links an hour for one account");

        WebClient flooder = client(InetAddress.getByName("127.0.0.30"));
        for (int i = 0; i < 10; i++) {
            assertEquals(SENT, answer(flooder.get("accounts/password/forgot/"), "nobody-" + i, flooder));
        }
        Page refused = flooder.submit(flooder.get("accounts/password/forgot/"), "accounts/password/forgot/", "forgot",
                Map.of("identifier", "nobody-else"), "submit");
        assertTrue(refused.contains("Too many requests from your network. Please wait 60 minutes"), refused.body());
        assertFalse(refused.contains(SENT));
    }

    @Test
    void emptyOrOverlongRequestsAndMalformedLinksAreAnsweredPlainly() throws Exception {
        WebClient visitor = client();
        Page empty = visitor.submit(visitor.get("accounts/password/forgot/"), "accounts/password/forgot/", "forgot",
                Map.of("identifier", "  "), "submit");
        assertTrue(empty.contains("Enter your username or e-mail address."), empty.body());
        Page overlong = visitor.submit(visitor.get("accounts/password/forgot/"), "accounts/password/forgot/", "forgot",
                Map.of("identifier", "x".repeat(300)), "submit");
        assertTrue(overlong.contains("This is longer than any username or e-mail address."), overlong.body());

        assertEquals(404, visitor.get("accounts/password/reset/short/").status(), "not a token: no such page");
        Page unknown = visitor.get("accounts/password/reset/" + "A".repeat(43) + "/");
        assertEquals(200, unknown.status());
        assertTrue(unknown.contains(DEAD));
        assertFalse(unknown.showsStackTrace());
    }

    // --- helpers ---

    record Account(long id, String username, String email) {
        Mailbox mailbox() {
            return Mailbox.of(email);
        }
    }

    /** A new account with a password and an e-mail address of its own, confirmed or not. */
    private Account account(boolean confirmed) throws Exception {
        String username = "reset-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.org";
        Fixtures fixtures = new Fixtures(em, tx, users);
        long id = fixtures.user(username, OLD_PASSWORD, "Rita", "Reset").getId();
        inTransaction(() -> {
            User user = em.find(User.class, id);
            user.setEmail(email);
            user.setEmailVerified(confirmed);
        });
        return new Account(id, username, email);
    }

    /** Asks for a link with the forgot page's form; the answer's words (the same for everyone) or the form's error. */
    private static String answer(Page form, String identifier, WebClient client) {
        Page answer = client.submit(form, "accounts/password/forgot/", "forgot", Map.of("identifier", identifier),
                "submit");
        assertEquals(200, answer.status(), identifier);
        Matcher sent = Pattern.compile("<div id=\"forgot-sent\"[^>]*>\\s*<p><i[^>]*></i> ([^<]+)</p>")
                .matcher(answer.body());
        return sent.find() ? sent.group(1).strip().replace("&nbsp;", " ") : answer.body();
    }

    /** The link's path inside Educa, to be opened by this test's clients. */
    private String local(String link) throws Exception {
        String path = URI.create(link).getPath();
        String context = base.toURI().getPath();
        assertTrue(path.startsWith(context), link + " is a link to Educa at " + base);
        return path.substring(context.length());
    }

    private long resetsOf(long userId) {
        return em.createNamedQuery("PasswordReset.countOfUser", Long.class).setParameter("userId", userId)
                .getSingleResult();
    }

    private void inTransaction(Runnable work) throws Exception {
        tx.begin();
        try {
            work.run();
            tx.commit();
        } catch (RuntimeException e) {
            tx.rollback();
            throw e;
        }
    }

    private WebClient client() throws Exception {
        return new WebClient(base.toURI());
    }

    private WebClient client(InetAddress from) throws Exception {
        return new WebClient(base.toURI(), from);
    }
}
