package org.educa.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.AccessDeniedException;
import org.educa.business.BusinessException;
import org.educa.business.account.AccountDeletion;
import org.educa.business.account.PasswordChange;
import org.educa.business.account.ProfileDraft;
import org.educa.business.account.ProfileService;
import org.educa.business.account.UserService;
import org.educa.config.startup.DemoData;
import org.educa.model.Language;
import org.educa.model.Role;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
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
 * Issue 17, items 1 and 6, inside Payara: registration with an e-mail address and names, the profile, a new password
 * that signs out the account's other sessions, and deleting an account (by its owner, by an administrator, after the
 * courses were handed over), each checked in the database. Each test makes its own accounts. The tests tagged
 * {@code persistence} run on PostgreSQL as well.
 */
@ExtendWith(ArquillianExtension.class)
class ProfileIT {

    private static final String PASSWORD = "Quiet-Lantern-Meadow-41";
    private static final String NEW_PASSWORD = "Copper-Kettle-Horizon-72";

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient();
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
    ProfileService profiles;

    @Inject
    AccountDeletion deletion;

    @Test
    @Tag("persistence") // the statements of V12 and of deleting, on PostgreSQL too
    void registrationTakesAnAddressAndNamesInThePagesLanguageAndRefusesAnAddressTakenInAnyCase() throws Exception {
        WebClient visitor = new WebClient(base.toURI()).speaking("es");
        Page done = register(visitor, "lovelace", "  Ada.Lovelace@Example.org ", " Ada ", "Lovelace");
        assertEquals(302, done.status(), done.body());
        Object[] row = row("SELECT email, email_key, first_name, last_name, language, email_verified FROM app_user "
                + "WHERE username_key = 'lovelace'");
        assertEquals("Ada.Lovelace@Example.org", row[0], "stored without the spaces around it");
        assertEquals("ada.lovelace@example.org", row[1]);
        assertEquals("Ada", row[2]);
        assertEquals("Lovelace", row[3]);
        assertEquals("es", row[4], "the language of the page registered on");
        assertEquals(Boolean.FALSE, row[5], "not confirmed yet");

        WebClient other = new WebClient(base.toURI());
        Page taken = register(other, "babbage", "ADA.LOVELACE@example.ORG", "", "");
        assertEquals(200, taken.status());
        assertTrue(taken.contains("Another account already uses this e-mail address."), taken.body());
        assertEquals(0L, new Fixtures(em, tx, users).accounts("babbage"), "nothing made");
        assertTrue(errorsOf(taken.body(), "register:email").contains("Another account"));

        Page invalid = register(other, "babbage", "not an address", "B".repeat(151), "");
        assertTrue(invalid.contains("Enter a valid e-mail address."));
        assertTrue(errorsOf(invalid.body(), "register:firstName").contains("at most 150 characters"));
        Page missing = register(other, "babbage", "   ", "", "");
        assertTrue(errorsOf(missing.body(), "register:email").contains("This field is required."));
        assertFalse(missing.showsStackTrace());
        assertEquals(0L, new Fixtures(em, tx, users).accounts("babbage"), "still nothing made");
    }

    @Test
    void theProfileChangesNamesAndAddressAndANewAddressIsUnconfirmedUntilItsLinkIsFollowed() throws Exception {
        fixtures().user("hopper", PASSWORD, "Grace", "Hopper");
        fixtures().user("hamilton", PASSWORD, "Margaret", "Hamilton");
        setEmail("hamilton", "margaret@example.org", true);
        setEmail("hopper", "grace@example.org", true);
        WebClient grace = signedIn("hopper");

        Page page = grace.get("accounts/profile/");
        assertEquals(200, page.status());
        assertTrue(page.contains("This address is confirmed."));
        assertFalse(page.contains("Send the link again"));
        assertTrue(page.contains("id=\"nav-profile\""), "the header links to the profile");

        Page sameInCapitals = saveProfile(grace, page, "Grace", "Hopper", "GRACE@example.org", "ENGLISH");
        assertEquals(302, sameInCapitals.status());
        assertEquals(Boolean.TRUE, value("SELECT email_verified FROM app_user WHERE username_key = 'hopper'"),
                "the same address in other capitals stays confirmed");

        Page taken = saveProfile(grace, grace.get("accounts/profile/"), "Grace", "Hopper", "Margaret@Example.org",
                "ENGLISH");
        assertEquals(200, taken.status());
        assertTrue(errorsOf(taken.body(), "profile:email").contains("Another account already uses"));
        Page tooLong = saveProfile(grace, taken, "G".repeat(151), "Hopper", "grace@navy.example.org", "ENGLISH");
        assertTrue(errorsOf(tooLong.body(), "profile:firstName").contains("at most 150 characters"));
        assertEquals("GRACE@example.org", value("SELECT email FROM app_user WHERE username_key = 'hopper'"),
                "nothing changed by a refused form");

        Page saved = saveProfile(grace, grace.get("accounts/profile/"), " Amazing Grace ", "Hopper",
                "grace@navy.example.org", "SPANISH");
        assertEquals(302, saved.status());
        Object[] row = row("SELECT first_name, email, email_verified, language FROM app_user WHERE username_key = 'hopper'");
        assertEquals("Amazing Grace", row[0]);
        assertEquals("grace@navy.example.org", row[1]);
        assertEquals(Boolean.FALSE, row[2], "a new address is not confirmed");
        assertEquals("es", row[3]);

        Page after = grace.get("accounts/profile/");
        assertTrue(after.contains("Your profile has been saved."), "said once, after the redirect");
        assertTrue(after.contains("This address is not confirmed yet"));
        assertTrue(after.contains("Signed in as Amazing Grace Hopper"), "the header shows the new name at once");
        Page again = grace.submit(after, "accounts/profile/", "confirmation", Map.of(), "sendAgain");
        assertEquals(302, again.status());
        assertTrue(grace.get("accounts/profile/").contains("A new confirmation link is on its way to grace@navy.example.org."));
    }

    @Test
    void aNewPasswordSignsOutEveryOtherSessionAndKeepsThisOneUnderANewId() throws Exception {
        fixtures().user("lamarr", PASSWORD, "Hedy", "Lamarr");
        WebClient laptop = signedIn("lamarr");
        WebClient phone = signedIn("lamarr");
        assertEquals(200, phone.get("students/courses/").status());

        Page form = laptop.get("accounts/password/");
        Page wrong = changePassword(laptop, form, "Not-Her-Password-1", NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(200, wrong.status());
        assertTrue(errorsOf(wrong.body(), "change:current").contains("Your password was entered incorrectly."));
        Page weak = changePassword(laptop, wrong, PASSWORD, "12345678", "12345679");
        assertTrue(errorsOf(weak.body(), "change:password").contains("This password is entirely numeric."));
        assertTrue(errorsOf(weak.body(), "change:confirmation").contains("didn’t match"));
        Page similar = changePassword(laptop, weak, PASSWORD, "lamarr123", "lamarr123");
        assertTrue(errorsOf(similar.body(), "change:password").contains("too similar to the username"));
        assertEquals(200, phone.get("students/courses/").status(), "nothing changed yet: the phone is still in");

        String before = laptop.sessionId().orElseThrow();
        Page changed = changePassword(laptop, laptop.get("accounts/password/"), PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(302, changed.status(), changed.body());
        assertTrue(changed.location().endsWith("/accounts/profile/"), changed.location());
        assertNotEquals(before, laptop.sessionId().orElseThrow(), "a new session id");
        Page profile = laptop.get("accounts/profile/");
        assertEquals(200, profile.status(), "this session goes on");
        assertTrue(profile.contains("Your password has been changed."));

        Page phoneNow = phone.get("students/courses/");
        assertEquals(302, phoneNow.status(), "the other session is signed out");
        assertTrue(phoneNow.location().contains("/accounts/login/"), phoneNow.location());

        assertEquals(200, new WebClient(base.toURI()).signIn("lamarr", PASSWORD).status(), "the old password fails");
        assertEquals(302, new WebClient(base.toURI()).signIn("lamarr", NEW_PASSWORD).status(), "the new one works");
    }

    @Test
    @Tag("persistence") // the statements of V12 and of deleting, on PostgreSQL too
    void aStudentDeletesTheirAccountAndNothingOfThemRemains() throws Exception {
        Fixtures fixtures = fixtures();
        fixtures.user("franklin", PASSWORD, "Rosalind", "Franklin");
        setEmail("franklin", "rosalind@example.org", true);
        fixtures.enroll("franklin", "classical-mechanics");
        fixtures.complete("franklin", "classical-mechanics", 1);
        long id = fixtures.userId("franklin");
        int studentsBefore = students("classical-mechanics");
        WebClient rosalind = signedIn("franklin");
        WebClient tablet = signedIn("franklin");

        Page form = rosalind.get("accounts/delete/");
        assertEquals(200, form.status());
        Page unconfirmed = deleteOwn(rosalind, form, PASSWORD, false);
        assertTrue(errorsOf(unconfirmed.body(), "delete:confirmed").contains("Tick the box"));
        Page wrong = deleteOwn(rosalind, unconfirmed, "Not-Her-Password-1", true);
        assertTrue(errorsOf(wrong.body(), "delete:password").contains("Your password was entered incorrectly."));
        assertEquals(1L, count("SELECT COUNT(*) FROM app_user WHERE id = " + id), "still there");

        Page gone = deleteOwn(rosalind, rosalind.get("accounts/delete/"), PASSWORD, true);
        assertEquals(200, gone.status());
        assertTrue(gone.contains("Your account has been deleted."), gone.body());
        assertFalse(gone.contains("Signed in as"));

        assertEquals(0L, count("SELECT COUNT(*) FROM app_user WHERE id = " + id + " OR username_key = 'franklin' "
                + "OR LOWER(email) LIKE '%rosalind%' OR first_name = 'Rosalind' OR last_name = 'Franklin'"),
                "no name, address or username remains");
        assertEquals(0L, count("SELECT COUNT(*) FROM enrollment WHERE student_id = " + id));
        assertEquals(0L, count("SELECT COUNT(*) FROM module_completion WHERE student_id = " + id));
        assertEquals(0L, count("SELECT COUNT(*) FROM user_role WHERE user_id = " + id));
        assertEquals(studentsBefore - 1, students("classical-mechanics"), "the course counts one student less");

        Page tabletNow = tablet.get("students/courses/");
        assertEquals(302, tabletNow.status(), "every other session ended");
        assertEquals(200, new WebClient(base.toURI()).signIn("franklin", PASSWORD).status(), "no more sign-in");
    }

    @Test
    @Tag("persistence") // the statements of V12 and of deleting, on PostgreSQL too
    void anInstructorWithCoursesIsToldToHandThemOverAndAnAdministratorDoesSoThenDeletes() throws Exception {
        Fixtures fixtures = fixtures();
        fixtures.user("hypatia", PASSWORD, "Hypatia", "of Alexandria", Role.INSTRUCTOR);
        fixtures.course("conic-sections").ownedBy("hypatia").titled("Conic Sections").module("Ellipses")
                .text("Foci", "Two of them.").make();
        long hypatia = fixtures.userId("hypatia");
        long admin = fixtures.userId(DemoData.ADMIN);
        long ada = fixtures.userId(DemoData.INSTRUCTOR);

        WebClient her = signedIn("hypatia");
        Page refused = her.get("accounts/delete/");
        assertTrue(refused.contains("You teach these courses"), refused.body());
        assertTrue(refused.contains("Conic Sections"));
        assertFalse(refused.contains("id=\"delete:submit\""), "no form to delete with");
        BusinessException owns = assertThrows(BusinessException.class,
                () -> deletion.deleteOwn(hypatia, PASSWORD, true));
        assertEquals("account.delete.hasCourses", owns.getMessageKey());
        assertThrows(BusinessException.class, () -> deletion.deleteByAdmin(admin, hypatia));

        assertThrows(AccessDeniedException.class, () -> deletion.handOver(ada, hypatia, ada), "instructors may not");
        assertThrows(AccessDeniedException.class, () -> deletion.deleteByAdmin(ada, hypatia));
        assertThrows(AccessDeniedException.class, () -> deletion.deleteByAdmin(null, hypatia));
        assertThrows(BusinessException.class, () -> deletion.handOver(admin, hypatia, hypatia), "not to themselves");
        assertThrows(BusinessException.class, () -> deletion.handOver(admin, hypatia, fixtures.userId(DemoData.STUDENT)),
                "only to an instructor");

        WebClient administrator = signedIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD);
        Page page = administrator.get("admin/users/" + hypatia + "/delete/");
        assertEquals(200, page.status());
        assertTrue(page.contains("Conic Sections"));
        Page handed = administrator.submit(page, "admin/users/" + hypatia + "/delete/", "handOver",
                Map.of("heir", Long.toString(ada)), "submit");
        assertEquals(302, handed.status(), handed.body());
        assertEquals(ada, ((Number) value("SELECT owner_id FROM course WHERE slug = 'conic-sections'")).longValue());
        assertEquals(0L, count("SELECT COUNT(*) FROM content WHERE owner_id = " + hypatia), "her contents went too");
        Page now = administrator.get("admin/users/" + hypatia + "/delete/");
        assertTrue(now.contains("1 course of hypatia handed over.") || now.contains("One course of hypatia handed over."),
                now.body());
        Page deleted = administrator.submit(now, "admin/users/" + hypatia + "/delete/", "delete", Map.of(), "confirm");
        assertEquals(302, deleted.status(), deleted.body());
        assertEquals(0L, count("SELECT COUNT(*) FROM app_user WHERE id = " + hypatia));
        assertTrue(administrator.get("admin/users/").contains("The account hypatia has been deleted."));
        assertEquals(302, her.get("students/courses/").status(), "her session ended");
    }

    @Test
    void anAdministratorCannotDeleteThemselvesThereAndNobodyChangesAnotherOnesProfile() throws Exception {
        long admin = fixtures().userId(DemoData.ADMIN);
        WebClient administrator = signedIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD);
        Page own = administrator.get("admin/users/" + admin + "/delete/");
        assertEquals(200, own.status());
        assertTrue(own.contains("You cannot delete your own account here."));
        assertFalse(own.contains("id=\"delete:confirm\""));
        BusinessException self = assertThrows(BusinessException.class, () -> deletion.deleteByAdmin(admin, admin));
        assertEquals("admin.user.deleteSelf", self.getMessageKey());
        assertEquals(1L, count("SELECT COUNT(*) FROM app_user WHERE id = " + admin));

        assertThrows(AccessDeniedException.class, () -> profiles.update(null,
                new ProfileDraft("A", "B", "x@example.org", Language.ENGLISH)));
        assertThrows(AccessDeniedException.class, () -> profiles.changePassword(null,
                new PasswordChange(PASSWORD, NEW_PASSWORD, NEW_PASSWORD)));
        assertThrows(AccessDeniedException.class, () -> deletion.deleteOwn(null, PASSWORD, true));
        assertEquals(403, signedIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD).get("admin/users/" + admin + "/delete/")
                .status(), "a student may not open an administrator's page");
        assertEquals(302, new WebClient(base.toURI()).get("accounts/profile/").status(), "a visitor signs in first");
    }

    private Fixtures fixtures() {
        return new Fixtures(em, tx, users);
    }

    private WebClient signedIn(String username) throws Exception {
        return signedIn(username, PASSWORD);
    }

    private WebClient signedIn(String username, String password) throws Exception {
        WebClient client = new WebClient(base.toURI());
        assertEquals(302, client.signIn(username, password).status(), "signed in as " + username);
        return client;
    }

    private static Page register(WebClient visitor, String username, String email, String firstName, String lastName) {
        return visitor.submit(visitor.get("students/register/"), "students/register/", "register", Map.of(
                "username", username, "email", email, "firstName", firstName, "lastName", lastName,
                "password", PASSWORD, "confirmation", PASSWORD), "submit");
    }

    private static Page saveProfile(WebClient client, Page form, String first, String last, String email,
            String language) {
        return client.submit(form, "accounts/profile/", "profile", Map.of("firstName", first, "lastName", last,
                "email", email, "language", language), "save");
    }

    private static Page changePassword(WebClient client, Page form, String current, String password,
            String confirmation) {
        return client.submit(form, "accounts/password/", "change", Map.of("current", current, "password", password,
                "confirmation", confirmation), "submit");
    }

    private static Page deleteOwn(WebClient client, Page form, String password, boolean confirmed) {
        return client.submit(form, "accounts/delete/", "delete",
                confirmed ? Map.of("password", password, "confirmed", "on") : Map.of("password", password), "submit");
    }

    /** The errors shown under a field (or a form), from its errors element. */
    private static String errorsOf(String body, String id) {
        Matcher matcher = Pattern.compile("<div id=\"" + Pattern.quote(id) + "-errors\"[^>]*>(.*?)</div>",
                Pattern.DOTALL).matcher(body);
        return matcher.find() ? matcher.group(1) : "";
    }

    private void setEmail(String username, String email, boolean verified) throws Exception {
        tx.begin();
        em.createNativeQuery("UPDATE app_user SET email = ?1, email_key = ?2, email_verified = ?3 WHERE username_key = ?4")
                .setParameter(1, email).setParameter(2, email.toLowerCase()).setParameter(3, verified)
                .setParameter(4, username).executeUpdate();
        tx.commit();
    }

    private Object[] row(String sql) {
        return (Object[]) em.createNativeQuery(sql).getSingleResult();
    }

    private Object value(String sql) {
        return em.createNativeQuery(sql).getSingleResult();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private int students(String slug) {
        return ((Number) em.createNativeQuery("SELECT students FROM course WHERE slug = ?1").setParameter(1, slug)
                .getSingleResult()).intValue();
    }

}
