package org.educa.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.educa.business.AccessDeniedException;
import org.educa.business.BusinessException;
import org.educa.business.account.EmailConfirmations;
import org.educa.business.account.EmailConfirmations.State;
import org.educa.business.account.Tokens;
import org.educa.business.account.UserService;
import org.educa.business.events.EmailAddressChanged;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail verification (issue 17, item 4): a new address gets a link after its change commits (none when it rolls
 * back); the link's page changes nothing on GET and confirms on its button's POST, once; an expired link, a link of an
 * address the account no longer has and a made-up link confirm nothing and say so; a new link is offered, at most
 * {@code max-per-hour} an hour; tokens are stored hashed and go with their account. Inside Payara, so that each test
 * makes its own account and reads the database; on H2 and PostgreSQL.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class EmailConfirmationIT {

    static final String PASSWORD = "Confirm-My-Address-17";
    /** One test mail server serves the whole build (H2 and PostgreSQL): each run's addresses are its own. */
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

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
    EmailConfirmations confirmations;

    @Inject
    Event<EmailAddressChanged> addressChanged;

    @Test
    void aLinkShowsItsAddressOnGetAndConfirmsItOnceByItsButton() throws Exception {
        long id = account("ec.once", "once@example.org");
        String token = confirmations.send(id).orElseThrow();
        String path = "accounts/confirm/" + token + "/";

        Page shown = visitor().get(path);
        assertEquals(200, shown.status());
        assertTrue(shown.contains("once@example.org"), "the page names the address");
        assertTrue(shown.contains("Confirm my address"));
        Page again = visitor().get(path);
        assertEquals(200, again.status());
        assertFalse(verified(id), "GETs (a mail scanner's too) confirm nothing");
        assertNull(usedAt(token));

        WebClient person = visitor();
        Page form = person.get(path);
        Page confirmed = person.submit(form, path, "confirm", Map.of(), "submit");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertTrue(confirmed.contains("once@example.org is confirmed"), confirmed.body());
        assertTrue(verified(id), "confirmed in the database");
        assertNotNull(usedAt(token));
        assertTrue(confirmations.isConfirmed(id));

        Page replayed = person.submit(form, path, "confirm", Map.of(), "submit");
        assertFalse(replayed.contains("once@example.org is confirmed"), "the same form again");
        assertTrue(replayed.contains("used already"), replayed.body());
        Page used = visitor().get(path);
        assertTrue(used.contains("used already"), used.body());
        assertFalse(used.contains("Confirm my address"), "no button on a used link");
        assertEquals(State.USED, confirmations.confirm(token).state());
        assertTrue(verified(id));
    }

    @Test
    void anExpiredLinkConfirmsNothingAndOffersANewOne() throws Exception {
        long id = account("ec.expired", "expired@example.org");
        String token = confirmations.send(id).orElseThrow();
        inTransaction(() -> em.createNativeQuery("UPDATE email_confirmation SET expires_at = ? WHERE token_hash = ?")
                .setParameter(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusMinutes(1)))
                .setParameter(2, Tokens.hash(token)).executeUpdate());

        Page expired = visitor().get("accounts/confirm/" + token + "/");
        assertEquals(200, expired.status());
        assertTrue(expired.contains("This link has expired"), expired.body());
        assertFalse(expired.contains("Confirm my address"));
        assertTrue(expired.contains("Sign in to ask for a new link"), "visitors are offered to sign in for one");
        assertEquals(State.EXPIRED, confirmations.confirm(token).state());
        assertFalse(verified(id));
        assertNull(usedAt(token));

        WebClient owner = signedIn("ec.expired");
        Page offered = owner.get("accounts/confirm/" + token + "/");
        assertTrue(offered.contains("Send me a new link"), offered.body());
        Page sent = owner.submit(offered, "accounts/confirm/" + token + "/", "confirm", Map.of(), "again");
        assertEquals(200, sent.status());
        assertTrue(sent.contains("A new link is on its way to expired@example.org"), sent.body());
        awaitLinks(id, 2, "a new link was made once the request committed");
    }

    @Test
    void theLifetimeIsTheSettingOf48HoursByDefault() throws Exception {
        long id = account("ec.lifetime", "lifetime@example.org");
        String token = confirmations.send(id).orElseThrow();
        java.sql.Timestamp expires = inTransaction(() -> (java.sql.Timestamp) em.createNativeQuery(
                "SELECT expires_at FROM email_confirmation WHERE token_hash = ?")
                .setParameter(1, Tokens.hash(token)).getSingleResult());
        long hours = java.time.Duration.between(java.time.LocalDateTime.now(), expires.toLocalDateTime()).toMinutes();
        assertTrue(hours > 47 * 60 && hours <= 48 * 60, "expires in 48 hours: " + hours + " minutes");
    }

    @Test
    void aLinkForAnAddressTheAccountNoLongerHasIsDead() throws Exception {
        long id = account("ec.changed", "old@example.org");
        String oldToken = confirmations.send(id).orElseThrow();
        inTransaction(() -> em.createNativeQuery("UPDATE app_user SET email = ? WHERE id = ?")
                .setParameter(1, "new@example.org").setParameter(2, id).executeUpdate());

        Page dead = visitor().get("accounts/confirm/" + oldToken + "/");
        assertTrue(dead.contains("no longer has"), dead.body());
        assertFalse(dead.contains("Confirm my address"));
        assertEquals(State.ADDRESS_CHANGED, confirmations.confirm(oldToken).state());
        assertFalse(verified(id), "the old link confirmed nothing");

        String newToken = confirmations.send(id).orElseThrow();
        assertEquals(State.CONFIRMED, confirmations.confirm(newToken).state());
        assertTrue(verified(id));
        assertEquals(State.ADDRESS_CHANGED, confirmations.check(oldToken).state(), "the old one stays dead");
    }

    @Test
    void aNewAddressIsMailedALinkOnceItsChangeCommitsAndTheLinkConfirmsIt() throws Exception {
        String address = "event-" + RUN + "@example.org";
        long id = account("ec.event", address);
        tx.begin();
        addressChanged.fire(new EmailAddressChanged(id));
        tx.rollback();
        assertEquals(0, Mailbox.of(address).countAfter(java.time.Duration.ofSeconds(2)), "no mail");
        assertEquals(0, links(id), "and no link for a change that did not happen");

        tx.begin();
        addressChanged.fire(new EmailAddressChanged(id));
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM email_confirmation WHERE user_id = ?")
                .setParameter(1, id).getSingleResult()).longValue(), "nothing before the commit");
        tx.commit();
        awaitLinks(id, 1, "a link once it committed");
        String hash = inTransaction(() -> (String) em.createNativeQuery(
                "SELECT token_hash FROM email_confirmation WHERE user_id = ?").setParameter(1, id).getSingleResult());
        assertTrue(hash.matches("[0-9a-f]{64}"), "only a SHA-256 is stored: " + hash);
        assertEquals(address, inTransaction(() -> em.createNativeQuery(
                "SELECT email FROM email_confirmation WHERE user_id = ?").setParameter(1, id).getSingleResult()));

        Mail mail = Mailbox.of(address).awaitMail(1);
        assertEquals("Confirm your e-mail address for Educa", mail.subject());
        assertTrue(mail.text().startsWith("Hello Test ec.event,"), mail.text());
        assertTrue(mail.text().contains("for 48 hours"), mail.text());
        String link = mail.link("/accounts/confirm/");
        String token = link.replaceAll(".*/accounts/confirm/([^/]+)/$", "$1");
        assertEquals(hash, Tokens.hash(token), "the mail holds the token whose hash is stored");
        assertTrue(mail.html().contains("href=\"" + link + "\""), mail.html());

        String path = "accounts/confirm/" + token + "/";
        WebClient person = visitor();
        Page form = person.get(path);
        assertTrue(form.contains(address), form.body());
        assertFalse(verified(id));
        assertTrue(person.submit(form, path, "confirm", Map.of(), "submit").contains(address + " is confirmed"));
        assertTrue(verified(id), "confirmed in the database");
        assertEquals(1, Mailbox.of(address).countAfter(java.time.Duration.ofSeconds(1)), "one mail, no more");
    }

    @Test
    void aSpanishAccountIsWrittenToInSpanish() throws Exception {
        String address = "espanol-" + RUN + "@example.org";
        long id = account("ec.espanol", address);
        inTransaction(() -> em.createNativeQuery("UPDATE app_user SET language = 'es' WHERE id = ?").setParameter(1, id)
                .executeUpdate());
        tx.begin();
        addressChanged.fire(new EmailAddressChanged(id));
        tx.commit();
        Mail mail = Mailbox.of(address).awaitMail(1);
        assertEquals("Confirma tu dirección de correo en Educa", mail.subject());
        assertTrue(mail.text().startsWith("Hola, Test ec.espanol:"), mail.text());
        assertEquals("es", mail.language());
    }

    @Test
    void madeUpLinksConfirmNothingAndNeverFail() throws Exception {
        long id = account("ec.madeup", "madeup@example.org");
        confirmations.send(id).orElseThrow();
        for (String token : List.of("a".repeat(43), "short", "x".repeat(100), "'--", "%27", "a%2Fb",
                "a".repeat(42) + "%2E")) {
            Page page = visitor().get("accounts/confirm/" + token + "/");
            assertTrue(page.status() == 200 || page.status() == 404, token + ": " + page.status());
            assertFalse(page.showsStackTrace(), token);
            if (page.status() == 200) {
                assertTrue(page.contains("This link is not valid"), token);
            }
        }
        assertEquals(404, visitor().get("accounts/confirm/" + "a".repeat(101) + "/").status(), "no route");
        assertFalse(verified(id));
    }

    @Test
    void aNewLinkIsForTheSignedInAccountOnlyAndAtMostFiveAnHour() throws Exception {
        assertThrows(AccessDeniedException.class, () -> confirmations.sendAgain(null), "nobody signed in");
        long id = account("ec.flood", "flood@example.org");
        for (int i = 0; i < 5; i++) {
            assertTrue(confirmations.send(id).isPresent(), "link " + (i + 1));
        }
        assertEquals(Optional.empty(), confirmations.send(id), "the sixth in an hour is not mailed");
        BusinessException tooMany = assertThrows(BusinessException.class, () -> confirmations.sendAgain(id));
        assertEquals("confirm.tooMany", tooMany.getMessageKey());
        assertEquals(5, links(id));

        long none = account("ec.none", "");
        assertEquals(Optional.empty(), confirmations.send(none), "no address, no link");
        assertEquals("confirm.noAddress",
                assertThrows(BusinessException.class, () -> confirmations.sendAgain(none)).getMessageKey());

        long done = account("ec.done", "done@example.org");
        assertEquals(State.CONFIRMED, confirmations.confirm(confirmations.send(done).orElseThrow()).state());
        assertEquals(Optional.empty(), confirmations.send(done), "a confirmed address gets no link");
        assertEquals("confirm.alreadyConfirmed",
                assertThrows(BusinessException.class, () -> confirmations.sendAgain(done)).getMessageKey());
    }

    @Test
    void anAccountsLinksGoWithIt() throws Exception {
        long id = account("ec.gone", "gone@example.org");
        String token = confirmations.send(id).orElseThrow();
        inTransaction(() -> {
            em.createNativeQuery("DELETE FROM user_role WHERE user_id = ?").setParameter(1, id).executeUpdate();
            return em.createNativeQuery("DELETE FROM app_user WHERE id = ?").setParameter(1, id).executeUpdate();
        });
        assertEquals(0, links(id), "ON DELETE CASCADE");
        assertEquals(State.UNKNOWN, confirmations.check(token).state());
    }

    // --- helpers

    /** A fresh account with this address, unconfirmed. */
    private long account(String username, String email) throws Exception {
        long id = new Fixtures(em, tx, users).user(username, PASSWORD, "Test", username).getId();
        inTransaction(() -> em.createNativeQuery("UPDATE app_user SET email = ?, email_verified = FALSE WHERE id = ?")
                .setParameter(1, email).setParameter(2, id).executeUpdate());
        return id;
    }

    // The reads run in transactions of their own: a mail sent on the managed executor ends the test's invocation's
    // entity manager for use outside a transaction ("closed EntityManager").

    private boolean verified(long id) throws Exception {
        return inTransaction(() -> Boolean.TRUE.equals(em.createNativeQuery(
                "SELECT email_verified FROM app_user WHERE id = ?").setParameter(1, id).getSingleResult()));
    }

    private Object usedAt(String token) throws Exception {
        return inTransaction(() -> em.createNativeQuery("SELECT used_at FROM email_confirmation WHERE token_hash = ?")
                .setParameter(1, Tokens.hash(token)).getSingleResult());
    }

    private long links(long id) throws Exception {
        return inTransaction(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM email_confirmation WHERE user_id = ?").setParameter(1, id).getSingleResult())
                .longValue());
    }

    /** Waits (10 s at most) for the links mailed after a commit, on the managed executor. */
    private void awaitLinks(long id, int count, String message) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (links(id) < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(count, links(id), message);
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    private WebClient visitor() {
        try {
            return new WebClient(base.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private WebClient signedIn(String username) {
        WebClient client = visitor();
        assertEquals(302, client.signIn(username, PASSWORD).status(), username);
        return client;
    }
}
